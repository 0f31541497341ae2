/**
 * Layout harvest cost per target, beside the constants harvest and one bare `zig cc -c` of an empty file
 * with the target's flags: both harvests are a few cc1 calls, so each ratio shows how close it stays to
 * that floor. `npx tsx bench/layouts.ts [runs]`.
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadTargets } from "../scripts/lib/data.js";
import { sysrootsDir, workDir } from "../scripts/lib/paths.js";
import { compilerSetup } from "../scripts/probe/include-path.js";
import { zigCc } from "../scripts/probe/zig.js";
import { harvestTarget, loadHarvestContext } from "../scripts/harvest/harvest-target.js";
import { harvestLayouts, loadLayoutContext } from "../scripts/layouts/harvest-target.js";

const runs = Number(process.argv[2] ?? 3);
const ctx = loadHarvestContext();
const layoutCtx = loadLayoutContext();
const targets = loadTargets().filter((t) => !t.sysroot || fs.existsSync(path.join(sysrootsDir, t.id)));
const dir = path.join(workDir, "bench-layouts");
fs.mkdirSync(dir, { recursive: true });
let run = 0;
// zig caches compiles by content: a fresh comment makes each baseline a real compile.
const emptyCompile = (args: string[]) => {
  fs.writeFileSync(path.join(dir, "empty.c"), `/* ${process.pid}-${run++}-${Date.now()} */\nint sockconst_empty;\n`);
  return zigCc([...args, "-c", "-o", "empty.o", "empty.c"], dir);
};
const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
async function timed(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

console.log("target                 zig cc -c   layouts  constants   layouts/cc  layouts/constants");
const sum = { empty: 0, layouts: 0, constants: 0 };
for (const t of targets) {
  const { args } = compilerSetup(t, ctx.lock);
  const empty = await timed(() => emptyCompile(args));
  const layouts = await timed(() => harvestLayouts(t, layoutCtx));
  const constants = await timed(() => harvestTarget(t, ctx));
  sum.empty += empty;
  sum.layouts += layouts;
  sum.constants += constants;
  const ms = (x: number) => `${x.toFixed(0).padStart(7)} ms`;
  console.log(`${t.id.padEnd(22)} ${ms(empty)} ${ms(layouts)} ${ms(constants)} ${(layouts / empty).toFixed(1).padStart(9)}× ${(layouts / constants).toFixed(2).padStart(12)}×`);
}
console.log(
  `all ${targets.length} targets, one after another: zig cc -c ${(sum.empty / 1000).toFixed(1)} s, layouts ${(sum.layouts / 1000).toFixed(1)} s ` +
    `(${(sum.layouts / sum.empty).toFixed(1)}×), constants ${(sum.constants / 1000).toFixed(1)} s (${(sum.constants / sum.empty).toFixed(1)}×)`,
);
fs.rmSync(dir, { recursive: true, force: true });
