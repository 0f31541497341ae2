/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition), with an early exit once
 * every cell of a row exceeds `limit`: suggestions only care about near misses, and the candidate list
 * (every known name) is long.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previousPrevious[j - 2]! + 1);
      }
      current.push(value);
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known strings closest to `input`, best first. Case is ignored (constants are upper case, people
 * type lower case), and a candidate that contains the input as a whole `_`-separated part counts as a
 * near miss, so `KEEPIDLE` finds `TCP_KEEPIDLE`.
 */
export function closest(input: string, candidates: Iterable<string>, max = 5): string[] {
  const wanted = input.toUpperCase();
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of candidates) {
    const upper = candidate.toUpperCase();
    let score = editDistance(wanted, upper, limit);
    if (score > 1 && wanted.length >= 3 && isWholePart(wanted, upper)) score = 1;
    if (score <= limit) scored.push({ candidate, score });
  }
  scored.sort(
    (x, y) =>
      x.score - y.score ||
      x.candidate.length - y.candidate.length ||
      (x.candidate < y.candidate ? -1 : x.candidate > y.candidate ? 1 : 0),
  );
  // Only near-best candidates: a distant fourth guess is noise next to a one-letter typo.
  const best = scored[0]?.score ?? 0;
  return scored
    .filter((entry) => entry.score <= best + 1)
    .slice(0, max)
    .map((entry) => entry.candidate);
}

function isWholePart(part: string, whole: string): boolean {
  const at = whole.indexOf(part);
  if (at < 0) return false;
  const before = at === 0 || whole[at - 1] === "_" || whole[at - 1] === "-";
  const end = at + part.length;
  const after = end === whole.length || whole[end] === "_" || whole[end] === "-";
  return before && after;
}
