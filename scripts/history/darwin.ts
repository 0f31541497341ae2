/**
 * macOS: each sampled xnu tag's BSD headers laid over zig's macOS SDK and harvested as the darwin-x64
 * target. The raw xnu sources keep their PRIVATE and KERNEL blocks, which a user compile leaves out
 * just as Apple's header install strips them, so only public names are seen.
 */
import fs from "node:fs";
import path from "node:path";
import type { HistoryFile, NameHistory } from "../schema/history.js";
import { darwinHistoryRecord, type DarwinHistoryRecord } from "../schema/history.js";
import { dataDir } from "../lib/paths.js";
import { loadTargets, readJson } from "../lib/data.js";
import { readCommitted } from "../harvest/committed.js";
import { harvestTarget, loadHarvestContext, type HarvestContext } from "../harvest/harvest-target.js";
import { compilerSetup } from "../probe/include-path.js";
import { boundsOf, changedValues, compareReleases, steps } from "./bounds.js";
import { allInOrder } from "./in-order.js";
import { stageXnuTag, xnuDir, xnuName } from "./xnu-stage.js";

export const darwinRecordPath = path.join(dataDir, "history", "darwin.json");
export const loadDarwinRecord = (): DarwinHistoryRecord => readJson(darwinRecordPath, darwinHistoryRecord);

function checkOrder(record: DarwinHistoryRecord): void {
  record.tags.forEach((t, i) => {
    const prev = record.tags[i - 1];
    if (!prev) return;
    if (compareReleases(t.macos, prev.macos) <= 0) throw new Error(`data/history/darwin.json: ${t.tag} (macOS ${t.macos}) does not follow ${prev.tag} (macOS ${prev.macos})`);
    if (t.darwin && prev.darwin && compareReleases(t.darwin, prev.darwin) <= 0) throw new Error(`data/history/darwin.json: ${t.tag}'s Darwin ${t.darwin} does not follow ${prev.darwin}`);
  });
}

export async function darwinHistory(): Promise<HistoryFile> {
  const record = loadDarwinRecord();
  checkOrder(record);
  const t = loadTargets().find((x) => x.id === record.target)!;
  const base = loadHarvestContext();
  const sdk = compilerSetup(t, base.lock);
  const zigSdk = base.lock.find((p) => p.registry === "npm")!;
  const fromSdk = new Set<string>();
  for (const tag of record.tags) stageXnuTag(record, tag);
  const samples = await allInOrder(record.tags, async (tag) => {
    const dir = path.join(xnuDir(tag), "bsd");
    if (!fs.existsSync(dir)) throw new Error(`${xnuName(tag)}: no bsd/ folder staged`);
    const ctx: HarvestContext = { ...base, lock: [...base.lock, { name: xnuName(tag), registry: "npm", version: tag.commit, description: tag.tag }] };
    // The tag's folders go before the SDK's: -I is searched before zig's own libc headers.
    const setup = { args: [...sdk.args.slice(0, 2), "-I", dir, ...sdk.args.slice(2)], roots: [{ dir, source: xnuName(tag) }, ...sdk.roots] };
    const { file } = await harvestTarget({ ...t, units: [record.unit] }, ctx, { setup });
    const constants = new Map<string, number>();
    for (const [n, c] of Object.entries(file.constants)) {
      if (c.source === xnuName(tag)) constants.set(n, c.value);
      else fromSdk.add(n);
    }
    return { release: tag.macos, label: `${record.repository} ${tag.tag} (macOS ${tag.macos})`, constants };
  });
  const catalog = Object.keys(readCommitted(record.target)?.constants ?? {});
  const unitHeaders = new Set(base.units.find((u) => u.name === record.unit)?.headers ?? []);
  const historyUnitNames = new Set(catalog.filter((n) => unitHeaders.size > 0 && !layerOnly(readCommitted(record.target)!.constants[n]!.source)));
  const names = [...new Set([...catalog, ...samples.flatMap((s) => [...s.constants.keys()])])].sort();
  const entries: Record<string, NameHistory> = {};
  const unknown: Record<string, string> = {};
  for (const name of names) {
    const entry: NameHistory = boundsOf(
      steps(samples.map((s) => ({ release: s.release, label: s.label, has: s.constants.has(name) }))),
      "macOS",
    );
    const values = changedValues(new Map(samples.filter((s) => s.constants.has(name)).map((s) => [s.release, s.constants.get(name)!])));
    if (values) entry.values = values;
    if (entry.since || entry.removed || entry.values) entries[name] = entry;
    else if (fromSdk.has(name)) unknown[name] = `defined by a header xnu does not hold (the SDK's libc, here zig's copy in ${zigSdk.name} ${zigSdk.version}): no sampled release dates it`;
    else if (!historyUnitNames.has(name)) unknown[name] = `defined only by headers the ${record.unit} unit leaves out (see data/units/${record.unit}.json): not dated`;
    else unknown[name] = "no sampled xnu tag defines it publicly";
  }
  return {
    os: "darwin",
    method:
      `The ${record.target} target's probe unit compiled with each sampled ${record.repository} tag's ${record.dirs.join(", ")} laid over zig's macOS SDK ` +
      "(PRIVATE and KERNEL blocks stay out, as in Apple's installed headers). " +
      `${record.releaseRule} A bound names the sampled releases: after < release ≤ atMost. ` +
      "Removed means gone from the catalog's default compile: a name can also leave it behind a feature macro " +
      "(from xnu-1699, macOS 10.7, the RFC 3542 names such as IPV6_PKTINFO need __APPLE_USE_RFC_3542) or a PRIVATE block (SO_RESTRICTIONS from 10.9).",
    samples: samples.map((s, i) => ({ id: record.tags[i]!.tag, releases: { macOS: s.release }, packages: [s.label] })),
    names: entries,
    unknown,
  };
}

/** A name the committed xnu layer supplies (sysroot:darwin-xnu) comes from headers the history unit leaves out. */
const layerOnly = (source: string) => source.startsWith("sysroot:");
