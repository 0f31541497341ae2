/**
 * npm run harvest:layouts [-- --target <id>…] [--accept] [--sysroot <target>=<dir>]
 * Stages the header packages, harvests the struct layouts data/structs lists for every (or the named)
 * target and compares each with the committed headers-cache/layouts/<target>.json. Only when every
 * target passes are the results written and generated/ rebuilt; a struct that disappears or changes
 * needs --accept.
 */
import { parseArgs } from "node:util";
import { loadTargets, selectTargets } from "../lib/data.js";
import { settleAll } from "../lib/pool.js";
import { writeAtomicAll } from "../lib/write-atomic.js";
import { runMain } from "../lib/main.js";
import { sysrootOverrides } from "../lib/sysroot-args.js";
import { stageHeaders } from "../headers/stage.js";
import { generatedUpToDate, recordGenerated } from "../generate/digest.js";
import { layoutFile } from "../schema/layout.js";
import { harvestLayouts, loadLayoutContext } from "./harvest-target.js";
import { layoutPath, readLayouts, serializeLayouts } from "./committed.js";
import { compareLayouts, describeLayoutChanges } from "./compare.js";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      target: { type: "string", multiple: true, default: [] },
      accept: { type: "boolean", default: false },
      sysroot: { type: "string", multiple: true, default: [] },
    },
  });
  const all = loadTargets();
  const chosen = selectTargets(all, values.target);
  stageHeaders({ only: new Set(chosen.flatMap((t) => t.includes.map((l) => l.source))) });
  const ctx = loadLayoutContext(sysrootOverrides(values.sysroot, all));
  const started = Date.now();
  const results = await settleAll(chosen, (t) => harvestLayouts(t, ctx));
  const failures: string[] = [];
  const writes = new Map<string, string>();
  chosen.forEach((t, i) => {
    const r = results[i]!;
    if (r.status === "rejected") {
      failures.push((r.reason as Error).message);
      return;
    }
    const file = layoutFile.parse(r.value);
    const changes = compareLayouts(readLayouts(t.id), file);
    if (changes.added.length + changes.removed.length + changes.changed.length) console.log(describeLayoutChanges(t.id, changes));
    if (!values.accept && changes.removed.length + changes.changed.length > 0) {
      failures.push(`${t.id}: structs were removed or changed (listed above); check them, then run again with --accept`);
      return;
    }
    writes.set(layoutPath(t.id), serializeLayouts(file));
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failures.length) {
    for (const f of failures) console.error(`✗ ${f}`);
    console.error(`✗ ${failures.length} of ${chosen.length} targets failed: nothing was written (headers-cache/layouts/ and generated/ are unchanged)`);
    return 1;
  }
  writeAtomicAll(writes);
  let changed: string[] = [];
  if (!generatedUpToDate()) {
    const { generate } = await import("../generate/generate.js");
    changed = await generate();
    recordGenerated();
  }
  console.log(`harvested the layouts of ${chosen.length} targets in ${seconds} s; ${changed.length ? `regenerated ${changed.length} files` : "generated/ unchanged"}`);
  return 0;
}

runMain(main);
