/**
 * Search over every name, answered on each keystroke: a number finds the names with that value; text
 * finds names by prefix, by the start of any `_` part (`keepidle` finds TCP_KEEPIDLE), by substring, and
 * finally with typos. Pure functions over arrays, so the ranking is tested without a browser.
 */
import { parseNumber, sameWord } from "./format.js";

export type Query =
  | { readonly kind: "name"; readonly text: string }
  /** `words` narrow a value search: family names, platform ids or OSes ("16 TCP", "0x10 darwin"). */
  | { readonly kind: "value"; readonly value: number; readonly words: readonly string[] };

export interface Hit {
  readonly index: number;
  /** 0 exact, 1 prefix, 2 start of a part, 3 substring, 4 typo; 0 for a value hit. */
  readonly tier: number;
  /** Edit distance for typos, 0 otherwise. */
  readonly distance: number;
  /** For a value hit: the platforms where the name has that value. */
  readonly platforms?: readonly number[];
}

export const TIER_LABELS = ["exact", "prefix", "part", "contains", "typo"] as const;

export function parseQuery(text: string): Query | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const [first, ...words] = trimmed.split(/\s+/);
  const value = parseNumber(first!);
  // Names never start with a digit, so anything that starts with a number asks for a value.
  if (value !== undefined) return { kind: "value", value, words };
  return { kind: "name", text: trimmed.toUpperCase().replace(/[\s-]+/g, "_") };
}

/**
 * How many typos a query of this length may carry: none below four letters, where nearly every name is
 * near, and a second one only past eight, where one typo no longer narrows enough to be noise.
 */
export const typoLimit = (length: number): number => (length < 4 ? 0 : length <= 8 ? 1 : 2);

/**
 * Names matching `query` (upper case), best first. `letters` are the names' letter counts (letterCounts),
 * which rule most names out of a typo match before any edit distance is computed.
 */
export function searchNames(
  query: string,
  upper: readonly string[],
  names: readonly string[],
  letters = letterCounts(upper),
  enough = Infinity,
): Hit[] {
  const hits: Hit[] = [];
  const matched = new Uint8Array(upper.length);
  for (let i = 0; i < upper.length; i++) {
    const name = upper[i]!;
    let tier = -1;
    if (name === query) tier = 0;
    else if (name.startsWith(query)) tier = 1;
    else {
      const at = name.indexOf(query);
      if (at > 0) tier = name[at - 1] === "_" ? 2 : 3;
    }
    if (tier >= 0) {
      hits.push({ index: i, tier, distance: 0 });
      matched[i] = 1;
    }
  }
  // Typos rank last, and a query with this many plain matches is on track: looking for typos is wasted work.
  const limit = typoLimit(query.length);
  if (limit > 0 && hits.length < enough) {
    const wanted = countLetters(query);
    for (let i = 0; i < upper.length; i++) {
      if (matched[i] === 1 || missingLetters(wanted, letters, i) > limit) continue;
      // Not a plain match, so no part starts with the query: one edit is as close as it gets.
      const distance = partPrefixDistance(query, upper[i]!, limit, 1);
      if (distance <= limit) hits.push({ index: i, tier: 4, distance });
    }
  }
  return ranked(hits, names);
}

/**
 * Hits by tier, then distance, then name length, then name. Each hit becomes one number ordered the same
 * way, and a typed array sorts those far faster than a comparator sorts objects: the first letter typed
 * matches thousands of names. Names are sorted by code unit, so their indices order them as well.
 */
function ranked(hits: readonly Hit[], names: readonly string[]): Hit[] {
  const keys = new Float64Array(hits.length);
  hits.forEach((h, k) => (keys[k] = ((h.tier * 8 + h.distance) * 256 + Math.min(names[h.index]!.length, 255)) * NAME_SLOTS + h.index));
  keys.sort();
  return Array.from(keys, (key) => {
    const rank = Math.floor(key / NAME_SLOTS / 256);
    return { index: key % NAME_SLOTS, tier: Math.floor(rank / 8), distance: rank % 8 };
  });
}

/** Room for a million names in a sort key, still well inside a double's exact integers. */
const NAME_SLOTS = 2 ** 20;

/** Letters, digits, `_` and one slot for anything else: the alphabet of constant names. */
const SLOTS = 38;
const slot = (code: number): number =>
  code >= 65 && code <= 90 ? code - 65 : code >= 48 && code <= 57 ? code - 22 : code === 95 ? 36 : 37;

function countLetters(text: string): Uint8Array {
  const counts = new Uint8Array(SLOTS);
  for (let k = 0; k < text.length; k++) counts[slot(text.charCodeAt(k))]!++;
  return counts;
}

/** Every name's letter counts in one array, SLOTS per name. */
export function letterCounts(upper: readonly string[]): Uint8Array {
  const all = new Uint8Array(upper.length * SLOTS);
  upper.forEach((name, i) => all.set(countLetters(name), i * SLOTS));
  return all;
}

/**
 * How many of the query's letters the name does not have: each costs at least one edit, whatever part of
 * the name the query is matched against, so more than the limit rules the name out.
 */
function missingLetters(wanted: Uint8Array, letters: Uint8Array, i: number): number {
  let missing = 0;
  const base = i * SLOTS;
  for (let c = 0; c < SLOTS; c++) {
    const extra = wanted[c]! - letters[base + c]!;
    if (extra > 0) missing += extra;
  }
  return missing;
}

/**
 * Names with `value` (read as a signed or unsigned 32-bit word alike) on some platform, with those
 * platforms; only on the `platforms` given and names `keep` accepts, when given.
 */
export function searchValue(
  value: number,
  count: number,
  valuesOf: (i: number) => readonly (number | undefined)[],
  platformsWanted?: ReadonlySet<number>,
  keep?: (i: number) => boolean,
): Hit[] {
  const [a, b = a] = sameWord(value);
  const hits: Hit[] = [];
  for (let i = 0; i < count; i++) {
    if (keep !== undefined && !keep(i)) continue;
    const values = valuesOf(i);
    let platforms: number[] | undefined;
    for (let p = 0; p < values.length; p++) {
      const v = values[p];
      if ((v === a || v === b) && (platformsWanted === undefined || platformsWanted.has(p))) (platforms ??= []).push(p);
    }
    if (platforms !== undefined) hits.push({ index: i, tier: 0, distance: 0, platforms });
  }
  return hits;
}

const rowA = new Int32Array(64);
const rowB = new Int32Array(64);
const rowC = new Int32Array(64);

/**
 * The fewest edits (insert, delete, substitute, swap two neighbours) turning `query` into a prefix of
 * `name` or of one of its `_` parts: a typo in what has been typed so far, wherever the typing started.
 * Stops at `floor`, when the caller knows nothing closer is possible.
 */
export function partPrefixDistance(query: string, name: string, limit: number, floor = 0): number {
  let best = prefixDistance(query, name, 0, limit);
  for (let at = name.indexOf("_"); at >= 0 && best > floor; at = name.indexOf("_", at + 1)) {
    best = Math.min(best, prefixDistance(query, name, at + 1, limit));
  }
  return best;
}

/** Optimal string alignment against every prefix of name.slice(start), with an early exit past `limit`. */
function prefixDistance(query: string, name: string, start: number, limit: number): number {
  const m = query.length;
  // Columns past m + limit cannot come back under the limit: each costs one insertion.
  const n = Math.min(name.length - start, m + limit);
  if (m >= 63 || n < 0) return limit + 1;
  let older = rowC;
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    let rowMinimum = i;
    const q = query.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const c = name.charCodeAt(start + j - 1);
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (q === c ? 0 : 1));
      if (i > 1 && j > 1 && q === name.charCodeAt(start + j - 2) && query.charCodeAt(i - 2) === c) d = Math.min(d, older[j - 2]! + 1);
      current[j] = d;
      if (d < rowMinimum) rowMinimum = d;
    }
    if (rowMinimum > limit) return limit + 1;
    const spare = older;
    older = previous;
    previous = current;
    current = spare;
  }
  let best = limit + 1;
  for (let j = 0; j <= n; j++) if (previous[j]! < best) best = previous[j]!;
  return best;
}
