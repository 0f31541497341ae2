/**
 * The order of aliases (names sharing one value): shortest first, then by code unit. Shortest first
 * because the long spelling is usually the compatibility alias (`EAGAIN` before `EWOULDBLOCK`); code
 * unit order rather than locale order so the result is the same in every runtime.
 */
export function preferredOrder(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
