/**
 * npm run harvest [-- --target <id>…] [--accept] [--fresh] [--sysroot <target>=<dir>]
 * Stages the header packages (npm run headers), compiles the probes of every (or the named) target
 * (none whose inputs are unchanged since the last run, unless --fresh) and compares each result with the committed
 * headers-cache/<target>.json. Only when every target passes its checks are the results written and
 * generated/ rebuilt: a failed harvest leaves every committed file as it was, and says why.
 */
import { parseArgs } from "node:util";
import { loadTargets, loadReference, selectTargets } from "../lib/data.js";
import { settleAll } from "../lib/pool.js";
import { writeAtomicAll } from "../lib/write-atomic.js";
import { runMain } from "../lib/main.js";
import { harvestFile } from "../schema/harvest.js";
import { harvestComplete, loadHarvestContext, suspectsOf, type HarvestContext } from "./harvest-target.js";
import { compareTables, describeChanges, mayWrite } from "./compare.js";
import { readCommitted, harvestPath, serializeHarvest } from "./committed.js";
import { droppedReferenceNames } from "./coverage.js";
import { cached, inputKey, remember } from "./cache.js";
import { generatedUpToDate, recordGenerated } from "../generate/digest.js";
import { stageHeaders } from "../headers/stage.js";
import type { Target } from "../schema/target.js";
import { sysrootOverrides } from "../lib/sysroot-args.js";

async function harvestOne(t: Target, ctx: HarvestContext, fresh: boolean) {
  const key = inputKey(t, ctx);
  const hit = fresh ? undefined : cached(t.id, key);
  if (hit) return { ...hit, fromCache: true };
  const result = await harvestComplete(t, ctx, { suspects: suspectsOf(readCommitted(t.id)) });
  remember(t.id, key, result);
  return { ...result, fromCache: false };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      target: { type: "string", multiple: true, default: [] },
      accept: { type: "boolean", default: false },
      fresh: { type: "boolean", default: false },
      sysroot: { type: "string", multiple: true, default: [] },
    },
  });
  const all = loadTargets();
  const chosen = selectTargets(all, values.target);
  stageHeaders({ only: new Set(chosen.flatMap((t) => t.includes.map((l) => l.source))) });
  const ctx = loadHarvestContext(sysrootOverrides(values.sysroot, all));
  const reference = loadReference();
  const started = Date.now();
  const results = await settleAll(chosen, (t) => harvestOne(t, ctx, values.fresh));
  const failures: string[] = [];
  const writes = new Map<string, string>();
  let fromCache = 0;
  chosen.forEach((t, i) => {
    const r = results[i]!;
    if (r.status === "rejected") {
      failures.push((r.reason as Error).message);
      return;
    }
    const { file, conflicts, defined } = r.value;
    if (r.value.fromCache) fromCache++;
    harvestFile.parse(file);
    const dropped = droppedReferenceNames(reference, file, defined);
    if (dropped.length) {
      failures.push(`${t.id}: the headers define these reference names but the table lacks them: ${dropped.join(", ")}`);
      return;
    }
    for (const c of conflicts) console.warn(`! ${t.id}: two units disagree, first kept: ${c}`);
    const changes = compareTables(readCommitted(t.id), file);
    if (changes.added.length + changes.removed.length + changes.changed.length) console.log(describeChanges(t.id, changes));
    if (!mayWrite(changes, values.accept)) {
      failures.push(`${t.id}: names were removed or changed (listed above); check them, then run again with --accept`);
      return;
    }
    writes.set(harvestPath(t.id), serializeHarvest(file));
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failures.length) {
    for (const f of failures) console.error(`✗ ${f}`);
    console.error(`✗ ${failures.length} of ${chosen.length} targets failed: nothing was written (headers-cache/ and generated/ are unchanged)`);
    return 1;
  }
  writeAtomicAll(writes);
  let changed: string[] = [];
  if (!generatedUpToDate()) {
    const { generate } = await import("../generate/generate.js");
    changed = await generate();
    recordGenerated();
  }
  console.log(
    `harvested ${chosen.length} targets in ${seconds} s (${fromCache} unchanged since the last run, not compiled again); ` +
      `${changed.length ? `regenerated ${changed.length} files` : "generated/ unchanged"}`,
  );
  return 0;
}

runMain(main);
