import type { HarvestFile } from "../schema/harvest.js";

export interface Changes {
  added: string[];
  removed: string[];
  changed: { name: string; before: number; after: number }[];
}

/** What a new harvest does to a committed table: names added, removed, and values changed. */
export function compareTables(before: HarvestFile | undefined, after: HarvestFile): Changes {
  const old = before?.constants ?? {};
  const now = after.constants;
  return {
    added: Object.keys(now).filter((n) => !(n in old)),
    removed: Object.keys(old).filter((n) => !(n in now)),
    changed: Object.keys(now)
      .filter((n) => n in old && old[n]!.value !== now[n]!.value)
      .map((n) => ({ name: n, before: old[n]!.value, after: now[n]!.value })),
  };
}

export function describeChanges(target: string, c: Changes): string {
  const list = (names: string[]) => (names.length > 12 ? `${names.slice(0, 12).join(", ")} … (+${names.length - 12})` : names.join(", "));
  const lines = [`${target}: ${c.added.length} added, ${c.removed.length} removed, ${c.changed.length} changed`];
  if (c.added.length) lines.push(`  added: ${list(c.added)}`);
  if (c.removed.length) lines.push(`  removed: ${list(c.removed)}`);
  for (const ch of c.changed) lines.push(`  changed: ${ch.name} ${ch.before} -> ${ch.after}`);
  return lines.join("\n");
}

/** A harvest may add names freely; removing or renumbering one needs a person's --accept. */
export const mayWrite = (c: Changes, accept: boolean) => accept || (c.removed.length === 0 && c.changed.length === 0);
