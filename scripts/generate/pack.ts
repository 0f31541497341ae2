import { familyOf, type Family } from "../../src/family.js";
import { roles as allRoles, type PackedCatalog, type Role } from "../../src/packed.js";

export interface PackInput {
  id: string;
  os: string;
  constants: Readonly<Record<string, number>>;
  /** Names defined as another name of their family with the same value. */
  aliases: readonly string[];
  /** Names only the C library defines, where the kernel's own headers define others. */
  libcOnly: readonly string[];
}

const b36 = (n: number) => n.toString(36);
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Entries for `table` against `base`: names changed or added, and `~` for names it lacks. */
function entries(table: Map<number, number>, base: Map<number, number>): [number, string][] {
  const out: [number, string][] = [];
  for (const [i, v] of table) if (base.get(i) !== v) out.push([i, b36(v)]);
  for (const i of base.keys()) if (!table.has(i)) out.push([i, "~"]);
  return out.sort((x, y) => x[0] - y[0]);
}

/** Distances between sorted indices, minus one, in base 36; `short` writes a 0 as nothing. */
const gaps = (indices: number[], short: boolean) => {
  let previous = -1;
  return indices.map((i) => {
    const gap = i - previous - 1;
    previous = i;
    return gap === 0 && short ? "" : b36(gap);
  });
};

function encodeEntries(list: [number, string][]): string {
  const g = gaps(list.map(([i]) => i), true);
  return list.map(([, v], k) => `${g[k]}=${v}`).join(",");
}

/**
 * The packed catalog (see src/packed.ts). Each platform is written against whichever earlier platform
 * leaves the fewest differences, or in full when that is shorter.
 */
export function pack(
  inputs: readonly PackInput[],
  families: readonly Family[],
  /** Per OS, per role: the names a record gives that role. */
  roleNames: Readonly<Record<string, Partial<Record<Role, readonly string[]>>>> = {},
): PackedCatalog {
  const names = [...new Set(inputs.flatMap((t) => Object.keys(t.constants)))].sort(byCodeUnit);
  const index = new Map(names.map((n, i) => [n, i]));
  const maps = inputs.map((t) => new Map(Object.entries(t.constants).map(([n, v]) => [index.get(n)!, v] as const)));
  const empty = new Map<number, number>();
  const tables = maps.map((table, p) => {
    let best = { base: -1, list: entries(table, empty) };
    for (let b = 0; b < p; b++) {
      const list = entries(table, maps[b]!);
      if (list.length < best.list.length) best = { base: b, list };
    }
    return `${best.base < 0 ? "" : `${b36(best.base)}|`}${encodeEntries(best.list)}`;
  });
  const runs: string[] = [];
  let run = { family: -1, count: 0 };
  for (const name of names) {
    const family = familyOf(name, families);
    if (family === undefined) throw new Error(`${name} belongs to no family`);
    const f = families.indexOf(family);
    if (f === run.family) run.count++;
    else {
      if (run.count) runs.push(`${b36(run.family)}*${b36(run.count)}`);
      run = { family: f, count: 1 };
    }
  }
  if (run.count) runs.push(`${b36(run.family)}*${b36(run.count)}`);
  const indices = (list: readonly string[]) =>
    gaps(list.flatMap((n) => (index.has(n) ? [index.get(n)!] : [])).sort((a, b) => a - b), false).join(",");
  const roles = Object.fromEntries(
    Object.entries(roleNames).map(([os, byRole]) => [
      os,
      Object.fromEntries(allRoles.filter((r) => byRole[r]?.length).map((r) => [r, indices(byRole[r]!)])),
    ]),
  );
  return {
    platforms: inputs.map((t) => t.id),
    names: names.join("\n"),
    families,
    familyRuns: runs.join(","),
    tables,
    aliases: inputs.map((t) => indices(t.aliases)),
    libcOnly: inputs.map((t) => indices(t.libcOnly)),
    oses: inputs.map((t) => t.os),
    roles,
  };
}
