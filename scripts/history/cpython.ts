/**
 * CPython's availability notes ("Linux >= 4.1, NetBSD >= 8") set beside the history: for each clause,
 * does the history agree? A clause agrees when the OS has the name and, for a stated version, that
 * version fits the history's bounds (after < version ≤ atMost) or equals its exact date.
 */
import type { HistoryFile, HistoryOs, NameHistory } from "../schema/history.js";
import type { ReferenceEntry } from "../schema/reference.js";
import { compareReleases } from "./bounds.js";

const osOf: Record<string, { os: HistoryOs[]; of: string }> = {
  Linux: { os: ["linux"], of: "Linux" },
  FreeBSD: { os: ["freebsd"], of: "FreeBSD" },
  NetBSD: { os: ["netbsd"], of: "NetBSD" },
  OpenBSD: { os: ["openbsd"], of: "OpenBSD" },
  macOS: { os: ["darwin"], of: "macOS" },
  Windows: { os: ["win32"], of: "Windows" },
  BSD: { os: ["freebsd", "openbsd", "netbsd"], of: "BSD" },
};

export interface NoteDifference {
  name: string;
  note: string;
  os: HistoryOs;
  /** What the history says instead. */
  ours: string;
}

export interface Clause {
  system: string;
  version?: string;
}

/** "Linux >= 2.6.25, NetBSD >= 8" → clauses; platforms outside the catalog (WASI) are dropped. */
export function clauses(note: string): Clause[] {
  return note
    .split(",")
    .map((c) => c.trim())
    .flatMap((c) => {
      const m = /^(\w+)(?:\s*>=\s*([\d.]+))?$/.exec(c);
      return m && m[1]! in osOf ? [{ system: m[1]!, ...(m[2] ? { version: m[2] } : {}) }] : [];
    });
}

function describe(h: NameHistory | undefined): string {
  if (!h?.since) return h?.removed ? `removed ${h.removed.after} < r ≤ ${h.removed.atMost}` : "no dated presence";
  const s = h.since;
  return s.version ? `since ${s.of} ${s.version}` : `${s.after ? `${s.of} ${s.after} < since` : "since"} ≤ ${s.of} ${s.atMost}`;
}

/** Whether one history entry agrees with one clause. */
export function agrees(h: NameHistory | undefined, clause: Clause): boolean {
  if (!h?.since) return false;
  if (!clause.version) return true;
  const s = h.since;
  if (s.of !== osOf[clause.system]!.of) return false;
  if (s.version) return compareReleases(s.version, clause.version) === 0;
  return (s.after === undefined || compareReleases(clause.version, s.after) > 0) && compareReleases(clause.version, s.atMost!) <= 0;
}

export function noteDifferences(reference: ReferenceEntry[], histories: HistoryFile[]): NoteDifference[] {
  const byOs = new Map(histories.map((h) => [h.os, h]));
  const out: NoteDifference[] = [];
  for (const entry of reference) {
    if (!entry.availability) continue;
    for (const clause of clauses(entry.availability)) {
      const systems = osOf[clause.system]!.os.filter((os) => byOs.has(os));
      // "BSD": any of the three agreeing is enough; otherwise each OS is its own difference.
      const agreeing = systems.filter((os) => agrees(byOs.get(os)!.names[entry.name], clause));
      if (agreeing.length || systems.length === 0) continue;
      for (const os of clause.system === "BSD" ? systems.slice(0, 1) : systems) {
        out.push({ name: entry.name, note: entry.availability, os, ours: describe(byOs.get(os)!.names[entry.name]) });
      }
    }
  }
  return out;
}
