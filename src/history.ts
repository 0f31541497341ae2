/**
 * sockconst/history: since when a constant exists on an OS, and whether it was removed, as far as sampled
 * header releases and documents say (kernel headers and man pages for Linux, xnu tags for macOS, mingw-w64's
 * version gates for Windows, one release for each BSD). A separate entry: most programs never ask, and the
 * facts of every OS weigh more than a table.
 */
import { history } from "../generated/history.js";
import { historyOses, type HistoryOs } from "./history-packed.js";

export type { HistoryOs };
export { historyOses };

/**
 * When the name appeared. `version`: a document states the release (exact). Otherwise bounds from sampled
 * releases: `after` < release ≤ `atMost` (`after` absent: present in the oldest release sampled).
 */
export interface SinceFact {
  readonly version?: string;
  readonly after?: string;
  readonly atMost?: string;
  /** What the release number counts: "Linux", "glibc", "BlueZ", "macOS", "Windows", "FreeBSD", ... */
  readonly of: string;
  readonly source: string;
  /** For a stated version: the sampled headers it was checked against. */
  readonly checked?: string;
}

/** The name is gone from the newest release sampled: `after` still has it, `atMost` is the first without. */
export interface RemovedFact {
  readonly after: string;
  readonly atMost: string;
  readonly of: string;
  readonly source: string;
}

export interface History {
  readonly name: string;
  readonly os: HistoryOs;
  readonly since?: SinceFact;
  readonly removed?: RemovedFact;
  /** Every document or header release the facts cite. */
  readonly sources: readonly string[];
  /** How this OS's releases were sampled. */
  readonly method: string;
}

const decoded = new Map<HistoryOs, Map<string, string>>();

function rowsOf(os: HistoryOs): Map<string, string> {
  let rows = decoded.get(os);
  if (!rows) {
    rows = new Map();
    const text = history.names[os] ?? "";
    for (const line of text ? text.split("\n") : []) rows.set(line.slice(0, line.indexOf("|")), line);
    decoded.set(os, rows);
  }
  return rows;
}

const opt = (s: string | undefined) => (s === undefined || s === "" ? undefined : s);
const source = (i: string | undefined) => (opt(i) === undefined ? undefined : history.sources[Number(i)]);

/** An OS name, or a platform id whose OS is meant ("linux-arm64" → "linux"). */
function osOf(osOrPlatform: string): HistoryOs | undefined {
  const os = osOrPlatform.split("-")[0];
  return (historyOses as readonly string[]).includes(os!) ? (os as HistoryOs) : undefined;
}

/**
 * Since when `name` exists on `os` (an OS name or any platform id of it), and whether it was removed;
 * `undefined` when nothing sampled or documented dates it there. Frozen.
 */
export function since(name: string, os: HistoryOs | string): History | undefined {
  const which = osOf(os);
  if (which === undefined) return undefined;
  const line = rowsOf(which).get(name);
  if (line === undefined) return undefined;
  const [, s = "", r = ""] = line.split("|");
  let sinceFact: SinceFact | undefined;
  if (s) {
    const f = s.split(";");
    sinceFact =
      f[0] === "v"
        ? strip({ version: f[1], of: f[2]!, source: source(f[3])!, checked: source(f[4]) })
        : strip({ after: opt(f[1]), atMost: f[2], of: f[3]!, source: source(f[4])! });
  }
  let removed: RemovedFact | undefined;
  if (r) {
    const f = r.split(";");
    removed = Object.freeze({ after: f[0]!, atMost: f[1]!, of: f[2]!, source: source(f[3])! });
  }
  const sources = [sinceFact?.source, sinceFact?.checked, removed?.source].filter((x): x is string => x !== undefined);
  return Object.freeze({
    name,
    os: which,
    ...(sinceFact ? { since: sinceFact } : {}),
    ...(removed ? { removed } : {}),
    sources: Object.freeze([...new Set(sources)]),
    method: history.methods[which] ?? "",
  });
}

function strip<T extends object>(o: T): T {
  return Object.freeze(Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== "")) as T);
}
