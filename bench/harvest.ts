/**
 * Harvest cost per target, as a ratio to one empty compile of the same target with the same flags:
 * the harvest is a few compiles per probe unit, so the ratio shows how close it stays to that floor.
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadTargets } from "../scripts/lib/data.js";
import { sysrootsDir, workDir } from "../scripts/lib/paths.js";
import { compilerSetup } from "../scripts/probe/include-path.js";
import { zigCc } from "../scripts/probe/zig.js";
import { harvestTarget, loadHarvestContext } from "../scripts/harvest/harvest-target.js";
import { settleAll } from "../scripts/lib/pool.js";

const ctx = loadHarvestContext();
const targets = loadTargets().filter((t) => !t.sysroot || fs.existsSync(path.join(sysrootsDir, t.id)));
const dir = path.join(workDir, "bench");
fs.mkdirSync(dir, { recursive: true });
// zig caches compiles by content; a fresh comment each time makes the baseline a real compile.
let run = 0;
const emptyCompile = (args: string[]) => {
  fs.writeFileSync(path.join(dir, "empty.c"), `/* ${process.pid}-${run++}-${Date.now()} */\nint sockconst_empty;\n`);
  return zigCc([...args, "-S", "-emit-llvm", "-o", "empty.ll", "empty.c"], dir);
};

// Every measured run gets an empty zig cache, so no run is a cache hit of an earlier one.
const freshCache = () => {
  process.env.ZIG_GLOBAL_CACHE_DIR = fs.mkdtempSync(path.join(dir, "zig-cache-"));
};
const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
async function timed(fn: () => Promise<unknown>, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    freshCache();
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

console.log("target                 empty compile   harvest   ratio");
let sum = 0;
for (const t of targets) {
  const { args } = compilerSetup(t, ctx.lock);
  const empty = await timed(() => emptyCompile(args), 5);
  const harvest = await timed(() => harvestTarget(t, ctx), 3);
  sum += harvest;
  console.log(`${t.id.padEnd(22)} ${empty.toFixed(0).padStart(10)} ms ${harvest.toFixed(0).padStart(7)} ms ${(harvest / empty).toFixed(1).padStart(6)}×`);
}
freshCache();
const t0 = performance.now();
await settleAll(targets, (t) => harvestTarget(t, ctx));
const wall = performance.now() - t0;
console.log(`all ${targets.length} targets: ${(sum / 1000).toFixed(1)} s one after another, ${(wall / 1000).toFixed(1)} s with every core (ratio ${(wall / sum).toFixed(2)})`);
fs.rmSync(dir, { recursive: true, force: true });
