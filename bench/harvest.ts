/**
 * The harvest's cost against its floor, in one run: the floor is one bare `zig cc -c` of an empty file per
 * target with that target's flags (what any compiler-based harvest pays at least); the harvest of all
 * targets from nothing (no zig cache, no harvest cache) should stay within 3x its sum, and a second
 * `npm run harvest` with nothing changed within 2 s.
 */
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { loadTargets } from "../scripts/lib/data.js";
import { root, workDir } from "../scripts/lib/paths.js";
import { compilerSetup } from "../scripts/probe/include-path.js";
import { zigCc } from "../scripts/probe/zig.js";
import { harvestTarget, loadHarvestContext, suspectsOf } from "../scripts/harvest/harvest-target.js";
import { readCommitted } from "../scripts/harvest/committed.js";
import { settleAll } from "../scripts/lib/pool.js";

const ctx = loadHarvestContext();
const targets = loadTargets();
const dir = path.join(workDir, "bench");
fs.mkdirSync(dir, { recursive: true });
const freshZigCache = () => {
  process.env.ZIG_GLOBAL_CACHE_DIR = fs.mkdtempSync(path.join(dir, "zig-cache-"));
};

freshZigCache();
let floor = 0;
console.log("target                 bare zig cc -c");
for (const [i, t] of targets.entries()) {
  fs.writeFileSync(path.join(dir, `empty${i}.c`), `int sockconst_empty_${i};\n`);
  const start = performance.now();
  const r = await zigCc([...compilerSetup(t, ctx.lock).args, "-c", "-o", `empty${i}.o`, `empty${i}.c`], dir);
  const ms = performance.now() - start;
  if (!r.ok) throw new Error(`${t.id}: the bare compile failed:\n${r.stderr}`);
  floor += ms;
  console.log(`${t.id.padEnd(22)} ${ms.toFixed(0).padStart(8)} ms`);
}

freshZigCache();
const start = performance.now();
const results = await settleAll(targets, (t) => harvestTarget(t, ctx, { suspects: suspectsOf(readCommitted(t.id)) }));
const cold = performance.now() - start;
const failed = results.filter((r) => r.status === "rejected");
if (failed.length) throw new Error(`${failed.length} targets failed: ${(failed[0] as PromiseRejectedResult).reason}`);
const ratio = cold / floor;
console.log(`\nall ${targets.length} targets from nothing: ${(cold / 1000).toFixed(1)} s; one bare compile per target, summed: ${(floor / 1000).toFixed(1)} s`);
console.log(`ratio ${ratio.toFixed(2)}x (goal ≤ 3x: ${ratio <= 3 ? "ok" : "MISS"})`);

// A second run of the command itself, after one that brought every cache up to date.
const npm = (args: string[]) => spawnSync("npm", ["run", "-s", "harvest", "--", ...args], { cwd: root, encoding: "utf8" });
const prime = npm([]);
if (prime.status !== 0) throw new Error(`npm run harvest failed:\n${prime.stderr}`);
const t0 = performance.now();
const again = npm([]);
const rerun = performance.now() - t0;
if (again.status !== 0) throw new Error(`npm run harvest failed:\n${again.stderr}`);
console.log(`npm run harvest with nothing changed: ${(rerun / 1000).toFixed(2)} s (goal ≤ 2 s: ${rerun <= 2000 ? "ok" : "MISS"})`);
fs.rmSync(dir, { recursive: true, force: true });
