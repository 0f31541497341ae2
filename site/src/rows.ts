/**
 * One value per platform, written as runs: most constants have the same value on every Linux ABI, so a
 * row of 25 platforms is usually two or three runs. Shared by the generator (encode) and the page
 * (decode) so that the format lives in one place.
 *
 * A row is `<token>[*<count>]` runs joined by ",", counts in base 36; `~` stands for "absent".
 */
export const ABSENT = "~";

export function encodeRow(cells: readonly string[]): string {
  const runs: string[] = [];
  for (let i = 0; i < cells.length; ) {
    let j = i + 1;
    while (j < cells.length && cells[j] === cells[i]) j++;
    runs.push(j - i === 1 ? cells[i]! : `${cells[i]}*${(j - i).toString(36)}`);
    i = j;
  }
  return runs.join(",");
}

export function decodeRow(row: string): string[] {
  const cells: string[] = [];
  for (const run of row.split(",")) {
    const star = run.lastIndexOf("*");
    if (star < 0) cells.push(run);
    else for (let n = parseInt(run.slice(star + 1), 36); n > 0; n--) cells.push(run.slice(0, star));
  }
  return cells;
}

/** A value cell: base 36 keeps the sign, so a negative value (win32's SO_EXCLUSIVEADDRUSE) survives. */
export const valueCell = (value: number | undefined): string => (value === undefined ? ABSENT : value.toString(36));

export const cellValue = (cell: string): number | undefined => (cell === ABSENT ? undefined : parseInt(cell, 36));
