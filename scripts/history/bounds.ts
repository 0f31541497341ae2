/**
 * From "which sampled release defines the name" to since/removed bounds. Pure: the OS-specific
 * scripts turn their samples into observations; this decides what the samples allow one to say, and
 * no more (a name first seen in release B, absent from A before it, was added after A, at most in B).
 */
import type { NameHistory, Removed, Since } from "../schema/history.js";

/** Release numbers compared part by part as numbers ("6.12" > "6.9"); a part that is not a number sorts as text. */
export function compareReleases(a: string, b: string): number {
  const pa = a.split(/[.-]/);
  const pb = b.split(/[.-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? "0";
    const y = pb[i] ?? "0";
    const d = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x.localeCompare(y);
    if (d !== 0) return d;
  }
  return 0;
}

/** One release of one component, and whether any sample at that release defines the name. */
export interface Step {
  release: string;
  /** How the release is cited: the package and version, or the header tree, it was read from. */
  label: string;
  has: boolean;
}

/**
 * Steps of one component, oldest first; samples at the same release are one step (defined if any
 * defines it). `compare` orders releases whose names are not numbers (Windows' "Vista", "10 RS2").
 */
export function steps(samples: { release: string; label: string; has: boolean }[], compare = compareReleases): Step[] {
  const sorted = [...samples].sort((a, b) => compare(a.release, b.release));
  const out: Step[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && compare(last.release, s.release) === 0) last.has ||= s.has;
    else out.push({ ...s });
  }
  return out;
}

/** What the steps say of one name: since (if any step defines it) and removed (if the newest lacks it). */
export function boundsOf(list: Step[], of: string): { since?: Since; removed?: Removed } {
  const first = list.findIndex((s) => s.has);
  if (first < 0) return {};
  const before = first > 0 ? list[first - 1] : undefined;
  const since: Since = {
    atMost: list[first]!.release,
    ...(before ? { after: before.release } : {}),
    of,
    source: before ? `${list[first]!.label} defines it; ${before.label} does not` : `${list[first]!.label} defines it (the oldest release sampled)`,
  };
  const newest = list[list.length - 1]!;
  if (newest.has) return { since };
  let last = list.length - 1;
  while (!list[last]!.has) last--;
  const gone = list[last + 1]!;
  return {
    since,
    removed: { after: list[last]!.release, atMost: gone.release, of, source: `${list[last]!.label} defines it; ${gone.label} does not` },
  };
}

/** A stated release (man page) checked against the header bounds; the problem, naming both sources, or undefined. */
export function contradiction(name: string, stated: { version: string; source: string }, bounds: Since | undefined): string | undefined {
  if (!bounds?.atMost) return undefined;
  if (compareReleases(stated.version, bounds.atMost) > 0) {
    return `${name}: ${stated.source} says since ${bounds.of} ${stated.version}, but ${bounds.source} (${bounds.of} ${bounds.atMost} has it)`;
  }
  if (bounds.after !== undefined && compareReleases(stated.version, bounds.after) <= 0) {
    return `${name}: ${stated.source} says since ${bounds.of} ${stated.version}, but ${bounds.source} (${bounds.of} ${bounds.after} lacks it)`;
  }
  return undefined;
}

/** Values per sample, kept only where they differ. */
export function changedValues(values: Map<string, number>): NameHistory["values"] {
  return new Set(values.values()).size > 1 ? Object.fromEntries(values) : undefined;
}
