/**
 * npm run harvest [-- --target <id>…] [--accept] [--sysroot <target>=<dir>]
 * Compiles the probes of every (or the named) target, compares each result with the committed
 * headers-cache/<target>.json, writes the targets that succeeded, then regenerates generated/.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { loadTargets, loadReference, selectTargets } from "../lib/data.js";
import { settleAll } from "../lib/pool.js";
import { writeAtomic } from "../lib/write-atomic.js";
import { harvestFile } from "../schema/harvest.js";
import { harvestTarget, loadHarvestContext } from "./harvest-target.js";
import { sysrootLayers, treesStaged } from "../headers/sysroot.js";
import { compareTables, describeChanges, mayWrite } from "./compare.js";
import { readCommitted, harvestPath, serializeHarvest } from "./committed.js";
import { droppedReferenceNames } from "./coverage.js";
import { generate } from "../generate/generate.js";
import type { Target } from "../schema/target.js";

function sysrootOverrides(values: string[], targets: Target[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const v of values) {
    const [id, dir] = v.split("=");
    if (!id || !dir) throw new Error(`--sysroot takes <target>=<dir>, got "${v}"`);
    if (!targets.some((t) => t.id === id && sysrootLayers(t).length > 0)) {
      throw new Error(`--sysroot: "${id}" takes no include tree; those that do are ${targets.filter((t) => sysrootLayers(t).length > 0).map((t) => t.id).join(", ")}`);
    }
    map.set(id, path.resolve(dir));
  }
  return map;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      target: { type: "string", multiple: true, default: [] },
      accept: { type: "boolean", default: false },
      sysroot: { type: "string", multiple: true, default: [] },
    },
  });
  const all = loadTargets();
  const overrides = sysrootOverrides(values.sysroot, all);
  // Include trees (the BSDs, darwin-xnu) can only be rebuilt from their manifests where the sources are
  // at hand; a full run keeps the committed tables of targets whose trees are not staged, and says so.
  const chosen = selectTargets(all, values.target).filter((t) => {
    const staged = treesStaged(t, overrides);
    if (!staged && values.target.length === 0) {
      console.log(`- ${t.id}: include tree not staged; its committed table is kept (rebuild it with npm run sysroot -- --from <owner/repo>=<checkout>, or pass --sysroot ${t.id}=<dir>)`);
    }
    return staged || values.target.length > 0;
  });
  const ctx = loadHarvestContext(overrides);
  const reference = loadReference();
  const started = Date.now();
  const results = await settleAll(chosen, (t) => harvestTarget(t, ctx));
  let failed = 0;
  chosen.forEach((t, i) => {
    const r = results[i]!;
    if (r.status === "rejected") {
      failed++;
      console.error(`✗ ${(r.reason as Error).message}`);
      return;
    }
    const { file, conflicts, defined } = r.value;
    harvestFile.parse(file);
    const dropped = droppedReferenceNames(reference, file, defined);
    if (dropped.length) {
      failed++;
      console.error(`✗ ${t.id}: the headers define these reference names but the table lacks them: ${dropped.join(", ")}`);
      return;
    }
    for (const c of conflicts) console.warn(`! ${t.id}: two units disagree, first kept: ${c}`);
    const changes = compareTables(readCommitted(t.id), file);
    console.log(describeChanges(t.id, changes));
    const omitted = Object.keys(file.omitted);
    if (omitted.length) console.log(`  left out, not integer constants here: ${omitted.join(", ")}`);
    if (!mayWrite(changes, values.accept)) {
      failed++;
      console.error(`✗ ${t.id}: not written: names were removed or changed; check them, then run again with --accept`);
      return;
    }
    writeAtomic(harvestPath(t.id), serializeHarvest(file));
  });
  console.log(`harvested ${chosen.length - failed}/${chosen.length} targets in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await generate();
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`✗ ${error.message}`);
    process.exit(2);
  },
);
