/**
 * npm run harvest:sdk [-- --check]
 * A maintainer's command: it needs the Windows SDK tree, which may not be committed and so is never in a
 * fresh clone (stage it with `npm run sysroot -- --from KNSoft/WinSDK=<dir> --target win32-sdk`).
 * Harvests the Winsock unit against the SDK for win32-x64, win32-ia32 and win32-arm64, compares each with
 * the committed mingw-w64 table and writes headers-cache/win32-sdk/<target>.json and report.json, all or
 * none: nothing is written while a target fails, a difference is unexplained or an explanation is stale.
 * --check writes nothing and fails when the committed files differ from a fresh harvest.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { loadManifests, loadTargets } from "../lib/data.js";
import { repoRelative } from "../lib/paths.js";
import { settleAll } from "../lib/pool.js";
import { runMain } from "../lib/main.js";
import { writeAtomicAll } from "../lib/write-atomic.js";
import { stageHint, treeRoot, verifySysroot } from "../headers/sysroot.js";
import { loadHarvestContext, suspectsOf } from "../harvest/harvest-target.js";
import { readCommitted } from "../harvest/committed.js";
import { sdkTree, sdkTriples } from "./recipe.js";
import { harvestSdk } from "./harvest.js";
import { buildSdkReport, staleSdkExplanations, unexplained } from "./report.js";
import { explanationsPath, factsPath, loadSdkExplanations, readFacts, reportPath, serialize } from "./committed.js";

runMain(async () => {
  const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
  const manifest = loadManifests().find((m) => m.target === sdkTree);
  if (!manifest) throw new Error(`data/sysroots/${sdkTree}.json is missing`);
  if (!fs.existsSync(treeRoot(manifest))) {
    throw new Error(`the Windows SDK tree is not staged (${repoRelative(treeRoot(manifest))} does not exist): ${stageHint(manifest)}`);
  }
  verifySysroot(sdkTree, "npm run harvest:sdk");
  const ctx = loadHarvestContext();
  const targets = loadTargets().filter((t) => t.id in sdkTriples);
  const started = Date.now();
  const results = await settleAll(targets, (t) => harvestSdk(t, manifest, ctx, suspectsOf(readFacts(t.id))));
  const failures = results.flatMap((r, i) => (r.status === "rejected" ? [`${targets[i]!.id}: ${(r.reason as Error).message}`] : []));
  const read = new Set(results.flatMap((r) => (r.status === "fulfilled" ? r.value.read : [])));
  const unread = manifest.files.map((f) => f.path).filter((f) => !read.has(f));
  if (!failures.length && unread.length) failures.push(`data/sysroots/${sdkTree}.json lists files no target's probe reads (npm run harvest:sdk-manifest): ${unread.join(", ")}`);
  const pairs = targets.map((t, i) => {
    const mingw = readCommitted(t.id);
    if (!mingw) failures.push(`${t.id}: headers-cache/${t.id}.json is missing: run npm run harvest first`);
    const r = results[i]!;
    return { mingw: mingw!, sdk: r.status === "fulfilled" ? r.value.facts : undefined! };
  });
  if (failures.length) {
    for (const f of failures) console.error(`✗ ${f}`);
    console.error("✗ nothing was written");
    return 1;
  }
  const explanations = loadSdkExplanations();
  const report = buildSdkReport(pairs, explanations);
  for (const t of report.targets) {
    const c = t.counts;
    console.log(`${t.target}: ${c.mingwOnly} only in mingw-w64, ${c.sdkOnly} only in the SDK, ${c.equal} equal, ${c.different} different`);
  }
  const problems = [
    ...unexplained(report).map((u) => `unexplained difference: ${u}`),
    ...staleSdkExplanations(report, explanations).map((e) => `stale explanation in ${repoRelative(explanationsPath)}: ${e.target} ${e.name} (${e.primary} vs ${e.second}) matches no difference`),
  ];
  if (problems.length) {
    for (const p of problems) console.error(`✗ ${p}`);
    console.error("✗ nothing was written: explain each difference (or remove the stale record), then run again");
    return 1;
  }
  const files = new Map<string, string>([...pairs.map(({ sdk }) => [factsPath(sdk.target), serialize(sdk)] as const), [reportPath, serialize(report)]]);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (values.check) {
    const stale = [...files].filter(([file, text]) => !fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text).map(([file]) => repoRelative(file));
    for (const f of stale) console.error(`✗ ${f} differs from a fresh harvest of the SDK`);
    console.log(`checked ${targets.length} targets in ${seconds} s`);
    return stale.length ? 1 : 0;
  }
  writeAtomicAll(files);
  console.log(`harvested ${targets.length} targets from the ${manifest.release} in ${seconds} s`);
  return 0;
});
