import type { Family } from "./family.js";

/**
 * Every platform's table in one compact value: each name is written once, each platform's values as the
 * differences from a similar platform (most Linux ABIs differ in a few dozen constants), in the manner
 * of caniuse-lite. Nothing is decoded at import; a platform's table is decoded the first time it is used.
 *
 * Encoding (written by scripts/generate/pack.ts):
 * - `names`: every name, sorted by code unit, joined by "\n"; a name's index is its place here.
 * - `families`: the family of each name as runs `<family>*<count>`, joined by ",", family indices and
 *   counts in base 36.
 * - `tables[p]`: `[<base platform index>|]<entry>,<entry>,…` where an entry is `<gap>=<value>`: the name
 *   index as the distance from the previous entry's (minus one, base 36, empty for 0) and the value in base
 *   36, or `~` for a name the base has and this platform lacks.
 * - `oses[p]`: the OS of platform p; `roles[os][role]`: for names of option families, which a record of
 *   data/options says is an option, a cmsg type, a value or flag of an option, or something else, as
 *   indices written like the aliases'. A name of an option family without a record counts as an option.
 * - `aliases[p]`: the names defined as another name of their family (`SO_RCVTIMEO` as `SO_RCVTIMEO_OLD`),
 *   as distances like the entries' (always written, 0 included): reverse lookup answers the name they
 *   stand for first. `libcOnly[p]`, written alike: where a platform has the kernel's own headers (Linux),
 *   the names only its C library defines, which reverse lookup puts after the kernel's.
 */
export interface PackedCatalog {
  readonly platforms: readonly string[];
  readonly names: string;
  readonly families: readonly Family[];
  readonly familyRuns: string;
  readonly tables: readonly string[];
  readonly aliases: readonly string[];
  readonly libcOnly: readonly string[];
  readonly oses: readonly string[];
  readonly roles: Readonly<Record<string, Readonly<Partial<Record<Role, string>>>>>;
}

/** What a name of an option family is on an OS (data/options): see scripts/schema/option.ts. */
export type Role = "option" | "cmsg" | "value" | "flag" | "other";
export const roles: readonly Role[] = ["option", "cmsg", "value", "flag", "other"];

/** Name indices and values of one encoded table, applied onto `into` (a copy of its base's). */
export function applyEntries(encoded: string, into: Map<number, number>): void {
  let index = -1;
  if (encoded === "") return;
  for (const entry of encoded.split(",")) {
    const eq = entry.indexOf("=");
    index += 1 + (eq === 0 ? 0 : parseInt(entry.slice(0, eq), 36));
    const value = entry.slice(eq + 1);
    if (value === "~") into.delete(index);
    else into.set(index, parseInt(value, 36));
  }
}

/** A gap-encoded list of name indices (the aliases). */
export function decodeIndices(encoded: string): number[] {
  const out: number[] = [];
  let index = -1;
  if (encoded === "") return out;
  for (const gap of encoded.split(",")) out.push((index += 1 + parseInt(gap, 36)));
  return out;
}

/** The family index of every name, from its runs. */
export function decodeFamilyRuns(encoded: string): number[] {
  const out: number[] = [];
  for (const run of encoded.split(",")) {
    const star = run.indexOf("*");
    const family = parseInt(run.slice(0, star), 36);
    for (let n = parseInt(run.slice(star + 1), 36); n > 0; n--) out.push(family);
  }
  return out;
}

/** A table's `[<base>|]` prefix split from its entries. */
export function splitBase(encoded: string): { base: number | undefined; entries: string } {
  const bar = encoded.indexOf("|");
  return bar < 0 ? { base: undefined, entries: encoded } : { base: parseInt(encoded.slice(0, bar), 36), entries: encoded.slice(bar + 1) };
}
