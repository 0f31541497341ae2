/**
 * The runtime's size and speed goals, measured on the built package in dist/ (`npm run bench` builds
 * first). Every timing is a ratio to a baseline measured in the same run on the same machine; sizes are
 * bytes. A goal missed is marked MISS; a missed size goal (deterministic) fails the run.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
type Runtime = typeof import("../src/index.js");
const runtime = (await import(pathToFileURL(join(dist, "src/index.js")).href)) as Runtime;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number, digits = 2) => n.toFixed(digits);
const sizeMisses: string[] = [];
const verdict = (ok: boolean) => (ok ? "ok" : "MISS");

/** A bundle as a browser app would ship it: esbuild, minified, tree-shaken, gzipped. */
async function bundled(code: string): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    stdin: { contents: code, resolveDir: root },
    bundle: true,
    minify: true,
    platform: "browser",
    format: "esm",
    write: false,
    logLevel: "silent",
    alias: { sockconst: join(dist, "src/index.js") },
    plugins: [
      {
        name: "sockconst-entries",
        setup(b) {
          // sockconst/<id>, sockconst/describe and sockconst/codec resolve to the built files, as the exports map would.
          b.onResolve({ filter: /^sockconst\/.+/ }, (args) => {
            const entry = args.path.slice("sockconst/".length);
            const file = entry === "describe" ? "src/describe.js" : entry === "codec" ? "src/codec/index.js" : `generated/${entry}.js`;
            return { path: join(dist, file) };
          });
        },
      },
    ],
  });
  const text = result.outputFiles[0]!.contents;
  return { raw: text.length, gzip: gzipSync(text, { level: 9 }).length };
}

async function sizes(): Promise<void> {
  console.log("## Bundle sizes (esbuild, minified, gzip -9)\n");
  const named = await bundled('import { TCP_NODELAY } from "sockconst/linux-x64"; console.log(TCP_NODELAY);');
  const table = await bundled('import t from "sockconst/linux-x64"; console.log(t.TCP_NODELAY);');
  const whole = await bundled('import { lookup } from "sockconst"; console.log(lookup("TCP_NODELAY", "linux-x64"));');
  const describe = await bundled('import { describe } from "sockconst/describe"; console.log(describe("TCP_NODELAY", "linux-x64"));');
  const codec = await bundled(
    'import { encodeOption, decodeSockaddr, controlMessages } from "sockconst/codec"; console.log(encodeOption("SO_LINGER", { onoff: true, linger: 0 }, "linux-x64"), decodeSockaddr, controlMessages);',
  );
  const rows: [string, { raw: number; gzip: number }, number | undefined][] = [
    ["one named constant (sockconst/linux-x64)", named, 200],
    ["one table (default import of sockconst/linux-x64)", table, undefined],
    [`lookup over all ${runtime.platforms.length} platforms (sockconst)`, whole, 60 * 1024],
    ["describe (sockconst/describe, with the runtime)", describe, undefined],
    ["codec (sockconst/codec, with the runtime and layouts)", codec, undefined],
  ];
  for (const [label, size, goal] of rows) {
    const note = goal === undefined ? "" : `  goal ≤ ${goal} B gzip: ${verdict(size.gzip <= goal)}`;
    if (goal !== undefined && size.gzip > goal) sizeMisses.push(`${label}: ${size.gzip} B gzip > ${goal} B`);
    console.log(`${label.padEnd(56)} ${String(size.raw).padStart(9)} B raw ${String(size.gzip).padStart(8)} B gzip${note}`);
  }
  const packed = readFileSync(join(dist, "generated/catalog.js"));
  const names = runtime.platforms.reduce((n, id) => n + Object.keys(runtime.table(id)).length, 0);
  const gz = gzipSync(packed, { level: 9 }).length;
  console.log(
    `\npacked catalog: ${packed.length} B raw, ${gz} B gzip for ${names} (name, platform) values: ${fmt(gz / names, 3)} B gzip per name per platform`,
  );
  console.log("per platform module (what one table costs alone):");
  for (const id of runtime.platforms) {
    const file = readFileSync(join(dist, "generated", `${id}.js`));
    const count = Object.keys(runtime.table(id)).length;
    const g = gzipSync(file, { level: 9 }).length;
    console.log(`  ${id.padEnd(20)} ${String(count).padStart(5)} names ${String(g).padStart(7)} B gzip  ${fmt(g / count, 2)} B per name`);
  }
}

/** Milliseconds for a fresh node process to run `args`, median of `rounds`. */
function processTime(args: string[], rounds = 15): number {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { encoding: "utf8", cwd: root });
    times.push(performance.now() - start);
    if (run.status !== 0 && !args.includes("--allow-absent")) throw new Error(`${args.join(" ")}: ${run.stderr}`);
  }
  return median(times);
}

function startup(): void {
  console.log("\n## Start-up, each a fresh node process (median of 15)\n");
  const work = mkdtempSync(join(dist, "bench-"));
  try {
    // Each script imports one module and times it, after the loader is warm, so process start is not in it.
    const timing = (url: string) => {
      const file = join(work, `t${Math.random().toString(36).slice(2)}.mjs`);
      writeFileSync(file, `const s = performance.now(); await import(${JSON.stringify(url)}); process.stdout.write(String(performance.now() - s));`);
      const samples: number[] = [];
      for (let i = 0; i < 15; i++) samples.push(Number(spawnSync(process.execPath, [file], { encoding: "utf8" }).stdout));
      return median(samples);
    };
    const oneTable = timing(pathToFileURL(join(dist, "generated/linux-x64.js")).href);
    const whole = timing(pathToFileURL(join(dist, "src/index.js")).href);
    console.log(`import one table (sockconst/linux-x64): ${fmt(oneTable)} ms`);
    console.log(`import the runtime (sockconst, all platforms): ${fmt(whole)} ms: ${fmt(whole / oneTable)}x one table (goal ≤ 1.2x: ${verdict(whole / oneTable <= 1.2)})`);
    const bare = processTime(["-e", "0"]);
    const cli = processTime([join(dist, "src/cli/main.js"), "TCP_NODELAY", "--platform", "linux-x64"]);
    console.log(`node -e 0: ${fmt(bare)} ms; sockconst TCP_NODELAY --platform linux-x64: ${fmt(cli)} ms: ${fmt(cli / bare)}x (goal ≤ 1.3x: ${verdict(cli / bare <= 1.3)})`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Nanoseconds per call of `body`, best of several rounds (the least disturbed by the rest of the machine). */
function perCall(body: (i: number) => unknown, calls = 1_000_000, rounds = 7): number {
  let best = Infinity;
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) if (body(i) === sink) sink++;
    best = Math.min(best, Number(process.hrtime.bigint() - start) / calls);
  }
  return best;
}

function calls(): void {
  console.log("\n## Calls, per call after the first (best of 7 rounds)\n");
  const id = "linux-x64";
  const table = runtime.table(id);
  const names = Object.keys(table);
  const picked = Array.from({ length: 1024 }, (_, i) => names[(i * 7919) % names.length]!);
  const read = perCall((i) => table[picked[i & 1023]!]);
  const lookup = perCall((i) => runtime.lookup(picked[i & 1023]!, id));
  const compare = perCall((i) => runtime.compare(picked[i & 1023]!));
  console.log(`plain property read: ${fmt(read)} ns; lookup: ${fmt(lookup)} ns (${fmt(lookup / read)}x the read)`);
  console.log(`compare (all ${runtime.platforms.length} platforms): ${fmt(compare)} ns: ${fmt(compare / lookup)}x a lookup (goal ≤ 10x: ${verdict(compare / lookup <= 10)})`);
  const values = runtime.list("SO", id).map(([, v]) => v);
  const namesOf = perCall((i) => runtime.namesOf(values[i % values.length]!, "SO", id));
  const decode = perCall((i) => runtime.decodeFlags(i & 0xffff, "MSG", id));
  console.log(`namesOf (SO): ${fmt(namesOf)} ns; decodeFlags (MSG): ${fmt(decode)} ns`);
}

await sizes();
startup();
calls();
if (sizeMisses.length > 0) {
  console.log(`\nSIZE GOALS MISSED:\n${sizeMisses.join("\n")}`);
  process.exitCode = 1;
}
