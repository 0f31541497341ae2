/** How numbers are written and read on the page. */

/**
 * Hex as a C programmer reads it: a negative int (win32's SO_EXCLUSIVEADDRUSE is ~SO_REUSEADDR) as the
 * 32-bit word it is, anything wider with its sign.
 */
export function hex(value: number): string {
  if (value < 0 && value >= -0x80000000) return `0x${(value >>> 0).toString(16)}`;
  return value < 0 ? `-0x${(-value).toString(16)}` : `0x${value.toString(16)}`;
}

/** A number typed by a person: decimal or 0x hex, optionally negative; undefined for anything else. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  const m = /^(-?)(?:0x([0-9a-f]+)|(\d+))$/i.exec(t);
  if (m === null) return undefined;
  const n = m[2] !== undefined ? parseInt(m[2], 16) : parseInt(m[3]!, 10);
  const value = m[1] === "-" ? -n : n;
  return Number.isSafeInteger(value) ? value : undefined;
}

/** The same number as a signed and an unsigned 32-bit word, so 0xfffffffb finds -5 and -1 finds 0xffffffff. */
export function sameWord(value: number): number[] {
  if (value >= 0x80000000 && value <= 0xffffffff) return [value, value - 0x100000000];
  if (value < 0 && value >= -0x80000000) return [value, value + 0x100000000];
  return [value];
}

/** The value found on the most platforms (the first such in platform order on a tie). */
export function mostCommon(values: readonly (number | undefined)[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  for (const [v, c] of counts) if (best === undefined || c > counts.get(best)!) best = v;
  return best;
}
