import type { LayoutFile, LayoutStruct } from "../schema/layout.js";

export interface LayoutChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

/** What counts as the layout: where its definition sits may move between header versions, the numbers may not. */
const numbers = (s: LayoutStruct) => JSON.stringify([s.size, s.align, s.fields]);

export function compareLayouts(before: LayoutFile | undefined, after: LayoutFile): LayoutChanges {
  const old = before?.structs ?? {};
  const now = after.structs;
  return {
    added: Object.keys(now).filter((n) => !(n in old)),
    removed: Object.keys(old).filter((n) => !(n in now)),
    changed: Object.keys(now).filter((n) => n in old && numbers(old[n]!) !== numbers(now[n]!)),
  };
}

export function describeLayoutChanges(target: string, c: LayoutChanges): string {
  const lines = [`${target}: ${c.added.length} structs added, ${c.removed.length} removed, ${c.changed.length} changed`];
  if (c.added.length) lines.push(`  added: ${c.added.join(", ")}`);
  if (c.removed.length) lines.push(`  removed: ${c.removed.join(", ")}`);
  if (c.changed.length) lines.push(`  changed: ${c.changed.join(", ")}`);
  return lines.join("\n");
}
