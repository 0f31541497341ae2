/**
 * Windows: mingw-w64 gates names behind _WIN32_WINNT and NTDDI_VERSION checks, so harvesting the
 * win32-x64 target at each version level says from which Windows release mingw-w64 declares a name.
 * That is mingw-w64's statement, read from its headers, not a test of Windows itself.
 */
import type { HistoryFile, NameHistory } from "../schema/history.js";
import { loadTargets } from "../lib/data.js";
import { readCommitted } from "../harvest/committed.js";
import { harvestTarget, loadHarvestContext } from "../harvest/harvest-target.js";
import { boundsOf, changedValues, steps } from "./bounds.js";
import { allInOrder } from "./in-order.js";

const target = "win32-x64";

/**
 * The levels sampled, oldest first. Before Windows 10, _WIN32_WINNT alone sets NTDDI_VERSION; from 10
 * on, _WIN32_WINNT is 0x0A00 for every release and NTDDI_VERSION tells them apart (mingw-w64 otherwise
 * takes the newest). Releases from 10 on are named by mingw-w64's NTDDI_WIN10_* / NTDDI_WIN11_* macros.
 */
export const windowsLevels: { release: string; winnt: string; ntddi?: string }[] = [
  { release: "2000", winnt: "0x0500" },
  { release: "XP", winnt: "0x0501" },
  { release: "Server 2003", winnt: "0x0502" },
  { release: "Vista", winnt: "0x0600" },
  { release: "Vista SP1", winnt: "0x0600", ntddi: "NTDDI_VISTASP1" },
  { release: "7", winnt: "0x0601" },
  { release: "8", winnt: "0x0602" },
  { release: "8.1", winnt: "0x0603" },
  ...["WIN10", "WIN10_TH2", "WIN10_RS1", "WIN10_RS2", "WIN10_RS3", "WIN10_RS4", "WIN10_RS5", "WIN10_19H1", "WIN10_VB", "WIN10_MN", "WIN10_FE", "WIN10_CO", "WIN10_NI", "WIN10_CU", "WIN11_ZN", "WIN11_GA", "WIN11_GE"].map(
    (m) => ({ release: m === "WIN10" ? "10" : m.replace(/^WIN(1\d)_/, "$1 "), winnt: "0x0A00", ntddi: `NTDDI_${m}` }),
  ),
];

const rank = (release: string) => windowsLevels.findIndex((l) => l.release === release);

export async function windowsHistory(): Promise<HistoryFile> {
  const t = loadTargets().find((x) => x.id === target)!;
  const ctx = loadHarvestContext();
  const mingw = ctx.lock.filter((p) => t.includes.some((i) => i.source === p.name)).map((p) => `${p.name} ${p.version} (Debian ${p.suite})`);
  const base = t.defines.filter((d) => !d.startsWith("_WIN32_WINNT=") && !d.startsWith("NTDDI_VERSION="));
  const samples = await allInOrder(windowsLevels, async (level) => {
    const defines = [...base, `_WIN32_WINNT=${level.winnt}`, ...(level.ntddi ? [`NTDDI_VERSION=${level.ntddi}`] : [])];
    const { file } = await harvestTarget({ ...t, defines }, ctx);
    const label = `${mingw[0]} at _WIN32_WINNT=${level.winnt}${level.ntddi ? ` and NTDDI_VERSION=${level.ntddi}` : ""}`;
    return { release: level.release, label, constants: new Map(Object.entries(file.constants).map(([n, c]) => [n, c.value])) };
  });
  const catalog = Object.keys(readCommitted(target)?.constants ?? {});
  const names = [...new Set([...catalog, ...samples.flatMap((s) => [...s.constants.keys()])])].sort();
  const entries: Record<string, NameHistory> = {};
  const unknown: Record<string, string> = {};
  for (const name of names) {
    const list = steps(
      samples.map((s) => ({ release: s.release, label: s.label, has: s.constants.has(name) })),
      (a, b) => rank(a) - rank(b),
    );
    const entry: NameHistory = boundsOf(list, "Windows");
    const values = changedValues(new Map(samples.filter((s) => s.constants.has(name)).map((s) => [s.release, s.constants.get(name)!])));
    if (values) entry.values = values;
    if (entry.since || entry.removed || entry.values) entries[name] = entry;
    else unknown[name] = "no sampled version level of the mingw-w64 headers defines it";
  }
  return {
    os: "win32",
    method:
      `The ${target} target harvested from ${mingw.join(", ")} at each _WIN32_WINNT level from 2000 to 10, and at each NTDDI_VERSION mingw-w64 names from Windows 10 on. ` +
      "A bound is the version gate as mingw-w64 writes it (after < release ≤ atMost); a name with no gate is bounded by the oldest level sampled. Not tested against Windows itself.",
    samples: samples.map((s) => ({ id: s.release, releases: { Windows: s.release }, packages: [s.label] })),
    names: entries,
    unknown,
  };
}
