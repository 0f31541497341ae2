/**
 * Linux: each sampled suite's headers say which names exist at its kernel, glibc and BlueZ release;
 * the man pages say since which kernel, and are checked against those samples.
 */
import type { HistoryFile, NameHistory } from "../schema/history.js";
import { loadTargets } from "../lib/data.js";
import { readCommitted } from "../harvest/committed.js";
import { loadLinuxRecord } from "./linux-record.js";
import { harvestLinuxSample, type SampleHarvest } from "./linux-samples.js";
import { readManStatements, statementPerName } from "./man-read.js";
import { boundsOf, changedValues, compareReleases, contradiction, steps } from "./bounds.js";
import { allInOrder } from "./in-order.js";
import { stagedName } from "./stage-suite.js";
import { backportEntry } from "./changelog.js";

/** What each header package's release counts. */
const components: Record<string, string> = { "linux-libc-dev": "Linux", "libc6-dev": "glibc", "libbluetooth-dev": "BlueZ" };
/**
 * Debian's version less its revision (6.1.176-1 → 6.1.176): a stable kernel carries fixes and features
 * backported from later releases, so "6.1.176 has it" says nothing of 6.1.0.
 */
const upstream = (version: string) => version.replace(/^\d+:/, "").replace(/[-~+][^.]*$/, "").replace(/-.*$/, "");

export async function linuxHistory(): Promise<HistoryFile> {
  const record = loadLinuxRecord();
  const target = loadTargets().find((t) => t.id === record.target);
  if (!target) throw new Error(`data/history/linux.json: target ${record.target} is not in data/targets`);
  const harvests: SampleHarvest[] = await allInOrder(record.samples, (s) => harvestLinuxSample(target, record, s.id));

  const packageOf = (h: SampleHarvest, name: string) => h.packages.find((p) => p.name === name)!;
  const label = (p: { name: string; version: string; suite: string }) => `${p.name} ${p.version} (${p.suite})`;
  const catalog = Object.keys(readCommitted(record.target)?.constants ?? {});
  const seen = new Set(harvests.flatMap((h) => [...h.constants.keys()]));
  const names = [...new Set([...catalog, ...seen])].sort();

  const manPackages = record.manpages.map((key) => record.packages.find((p) => stagedName(p) === key)!);
  const stated = statementPerName(readManStatements(manPackages), compareReleases);

  const entries: Record<string, NameHistory> = {};
  const unknown: Record<string, string> = {};
  const problems: string[] = [];
  for (const name of names) {
    // The package defining it in the newest sample that has it decides which release number counts.
    const newest = [...harvests].reverse().find((h) => h.constants.has(name));
    const kernelDefines = newest?.kernel.has(name) ?? false;
    const holder = kernelDefines ? "linux-libc-dev" : newest?.constants.get(name)?.source.split("@")[0];
    const has = (h: SampleHarvest) => (kernelDefines ? h.kernel.has(name) : h.constants.has(name));
    const of = holder ? components[holder] : undefined;
    const statement = stated.get(name);
    const entry: NameHistory = {};
    if (newest && of && holder) {
      const list = steps(
        harvests.map((h) => {
          const p = packageOf(h, holder);
          return { release: upstream(p.version), label: label(p), has: has(h) };
        }),
      );
      const { since, removed } = boundsOf(list, of);
      if (removed) entry.removed = removed;
      if (statement && of === "Linux") {
        const problem = contradiction(name, { version: statement.version, source: statement.source }, since);
        const backport = problem ? backportNote(harvests, name) : undefined;
        if (problem && !backport) problems.push(problem);
        entry.since = { version: statement.version, of: "Linux", source: statement.source, checked: backport ? `${since!.source}, ${backport}` : since!.source };
      } else if (statement) {
        // glibc or BlueZ headers define it: their release numbers do not count kernels, so nothing to check against.
        entry.since = { version: statement.version, of: "Linux", source: statement.source, checked: `not comparable: the sampled headers defining it are ${of}'s (${since!.source})` };
      } else if (since) {
        entry.since = since;
      }
      const values = changedValues(new Map(harvests.filter((h) => h.constants.has(name)).map((h) => [h.id, h.constants.get(name)!.value])));
      if (values) entry.values = values;
    } else if (statement) {
      entry.since = { version: statement.version, of: "Linux", source: statement.source, checked: "no sampled header release defines it" };
    }
    if (entry.since || entry.removed || entry.values) entries[name] = entry;
    else unknown[name] = "no sampled Debian header release defines it and no man page dates it (the table takes it from zig's glibc headers)";
  }
  if (problems.length) throw new Error(`the man pages and the sampled headers disagree:\n  ${problems.join("\n  ")}`);

  const samples = harvests.map((h) => ({
    id: h.id,
    releases: Object.fromEntries(h.packages.map((p) => [components[p.name]!, upstream(p.version)])),
    packages: h.packages.map(label),
  }));
  return {
    os: "linux",
    method:
      `The ${record.target} target's probe units compiled against each sampled suite's own Debian headers (linux-libc-dev, libc6-dev, libbluetooth-dev), ` +
      `with zig's libc headers shut out; "since Linux X.Y" read from the man pages (${manPackages.map(label).join(", ")}) and checked against those samples. ` +
      "A bound names the sampled releases: after < release ≤ atMost.",
    samples,
    names: entries,
    unknown,
  };
}

/**
 * An older stable kernel that has a name its man page dates later is not a contradiction when Debian's
 * changelog of that package lists the change that brought it (a stable backport); the note says where.
 */
function backportNote(harvests: SampleHarvest[], name: string): string | undefined {
  const oldest = harvests.filter((h) => h.kernel.has(name)).map((h) => h.packages.find((p) => p.name === "linux-libc-dev")!);
  for (const p of oldest) {
    const found = backportEntry(p, name);
    if (found) return `as a stable backport: the Debian changelog of linux-libc-dev ${p.version} lists "${found.line}" under ${found.entry}`;
  }
  return undefined;
}
