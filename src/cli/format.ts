/** How the CLI prints numbers and tables; the --json output never goes through here. */

export const ABSENT = "—";

export function hex(value: number): string {
  return value < 0 ? `-0x${(-value).toString(16)}` : `0x${value.toString(16)}`;
}

export interface Column {
  readonly header: string;
  /** Numbers read best right-aligned, so their digits line up. */
  readonly align?: "left" | "right";
}

/** Rows under a header line, each column as wide as its widest cell, two spaces apart. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string[] {
  const widths = columns.map((column, i) =>
    Math.max(column.header.length, ...rows.map((row) => (row[i] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (columns[i]!.align === "right" ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(columns.map((column) => column.header)), ...rows.map(line)];
}
