/**
 * The runtime's speed and size budgets, measured against the built package in dist/ (run `npm run bench`,
 * which builds first). Timings are printed as ratios within one run, so they compare like with like on
 * whatever machine runs this; only the size budget is a hard failure, because only it is deterministic.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const KB = 1024;
const SIZE_BUDGET_GZIP = 12 * KB;
const IMPORT_BUDGET = 1.2;
const LOOKUP_BUDGET = 2;

type Table = Readonly<Record<string, number>>;
interface Runtime {
  platforms: readonly string[];
  families: readonly { name: string; kind: string }[];
  table(platform: string): Table;
  lookup(name: string, platform: string): number | undefined;
  namesOf(value: number, family: string, platform: string): readonly string[];
  decodeFlags(value: number, family: string, platform: string): { names: readonly string[]; rest: number };
  list(family: string, platform: string): readonly (readonly [string, number])[];
}
interface CatalogModule {
  createCatalog(data: unknown): Runtime;
}

const runtime = (await import(pathToFileURL(join(dist, "src/index.js")).href)) as Runtime;
const catalogModule = (await import(pathToFileURL(join(dist, "src/catalog.js")).href)) as CatalogModule;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number, digits = 2) => n.toFixed(digits);
const failures: string[] = [];

/** A module holding `table` as a plain object literal: the baseline for size and import time. */
function plainLiteral(table: Table): string {
  const lines = Object.entries(table).map(([name, value]) => `  ${name}: ${value},`);
  return `const table = {\n${lines.join("\n")}\n};\nexport default table;\n`;
}

// ---------------------------------------------------------------------------------------------- sizes
function sizes(): void {
  console.log("\n## Size of each target's module (dist/generated/<id>.js; budget 12 KB gzipped)\n");
  // The last column is what the same table would weigh as a plain object literal: the import-time
  // baseline below, and the yardstick for whatever encoding the generator chooses.
  console.log("target              raw bytes   gzip bytes   entries   literal gzip   note");
  for (const id of runtime.platforms) {
    const file = join(dist, "generated", `${id}.js`);
    const source = readFileSync(file);
    const reexport = /^export \{ default \} from "\.\/(.+)\.js";?\s*$/.exec(source.toString("utf8").trim());
    // A re-exporting target costs its own file plus the one it points at.
    const loaded =
      reexport === null ? source : Buffer.concat([source, readFileSync(join(dist, "generated", `${reexport[1]}.js`))]);
    const gzip = gzipSync(loaded, { level: 9 }).length;
    const entries = Object.keys(runtime.table(id)).length;
    const note = reexport === null ? "" : `re-exports ${reexport[1]}`;
    const literal = gzipSync(plainLiteral(runtime.table(id)), { level: 9 }).length;
    console.log(
      `${id.padEnd(18)}  ${String(loaded.length).padStart(9)}   ${String(gzip).padStart(10)}   ${String(entries).padStart(7)}   ${String(literal).padStart(12)}   ${note}`,
    );
    if (gzip > SIZE_BUDGET_GZIP) failures.push(`${id}: ${gzip} bytes gzipped exceeds ${SIZE_BUDGET_GZIP}`);
  }
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }),
  ) as { size: number; unpackedSize: number; entryCount: number }[];
  const pack = packed[0]!;
  console.log(
    `\nwhole package: ${pack.entryCount} files, ${fmt(pack.size / KB, 1)} KB packed (gzip tarball), ${fmt(pack.unpackedSize / KB, 1)} KB unpacked`,
  );
  const runtimeEntry = readdirSync(join(dist, "src"))
    .filter((file) => file.endsWith(".js"))
    .map((file) => readFileSync(join(dist, "src", file)).length)
    .reduce((a, b) => a + b, 0);
  console.log(
    `runtime code (dist/src/*.js, without tables): ${fmt(runtimeEntry / KB, 1)} KB; CLI bundle: ${fmt(readFileSync(join(dist, "src/cli/main.js")).length / KB, 1)} KB`,
  );
}

// --------------------------------------------------------------------------------------------- import
/**
 * Import time of a target's module against a plain object literal module with the same entries. Each
 * sample is a fresh child process that first warms the module loader with an empty module, then times
 * one dynamic import, so neither process start-up nor the compile cache of an earlier import counts.
 */
function importCost(): void {
  console.log("\n## Import time: target module / plain object literal with the same entries (budget 1.2x)\n");
  // The baselines live inside the package, as .js files like the targets, so both pay the same module
  // type lookup (the nearest package.json); the warm-up module sits one level up so it caches the
  // package.json files they share and neither directory's own lookup.
  const work = mkdtempSync(join(dist, "bench-"));
  try {
    writeFileSync(join(dist, "bench-warm.js"), "export default 0;\n");
    writeFileSync(
      join(work, "time.js"),
      [
        `await import(${JSON.stringify(pathToFileURL(join(dist, "bench-warm.js")).href)});`,
        "const start = performance.now();",
        "const m = await import(process.argv[2]);",
        "const elapsed = performance.now() - start;",
        "if (typeof m.default !== 'object') throw new Error('no table');",
        "process.stdout.write(String(elapsed));",
      ].join("\n"),
    );
    const sample = (url: string) => {
      const run = spawnSync(process.execPath, [join(work, "time.js"), url], { encoding: "utf8" });
      if (run.status !== 0) throw new Error(run.stderr);
      return Number(run.stdout);
    };
    const rounds = 9;
    const ratios: number[] = [];
    console.log("target              module ms   literal ms   ratio");
    for (const id of runtime.platforms) {
      const baseline = join(work, `${id}.js`);
      writeFileSync(baseline, plainLiteral(runtime.table(id)));
      const moduleUrl = pathToFileURL(join(dist, "generated", `${id}.js`)).href;
      const baselineUrl = pathToFileURL(baseline).href;
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < rounds; i++) {
        a.push(sample(moduleUrl));
        b.push(sample(baselineUrl));
      }
      const ratio = median(a) / median(b);
      ratios.push(ratio);
      console.log(
        `${id.padEnd(18)}  ${fmt(median(a), 3).padStart(9)}   ${fmt(median(b), 3).padStart(10)}   ${fmt(ratio)}x`,
      );
    }
    const overall = median(ratios);
    console.log(
      `median ratio over targets: ${fmt(overall)}x (${overall <= IMPORT_BUDGET ? "within" : "OVER"} the ${IMPORT_BUDGET}x budget)`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(join(dist, "bench-warm.js"), { force: true });
  }
}

// --------------------------------------------------------------------------------------------- calls
/** Nanoseconds per call of `body`, best of several rounds (the least disturbed by the rest of the machine). */
function perCall(body: (i: number) => number, calls = 2_000_000, rounds = 7): number {
  let best = Infinity;
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) sink += body(i);
    const ns = Number(process.hrtime.bigint() - start) / calls;
    if (ns < best) best = ns;
  }
  if (sink === 0.5) console.log("unreachable"); // keeps the loop's result alive
  return best;
}

function lookupCost(): void {
  console.log("\n## lookup(name, platform) / plain property read (budget 2x)\n");
  const id = runtime.platforms.includes("linux-x64") ? "linux-x64" : runtime.platforms[0]!;
  const table = runtime.table(id);
  const names = Object.keys(table);
  const picked = Array.from({ length: 1024 }, (_, i) => names[(i * 7919) % names.length]!);
  const plain = perCall((i) => table[picked[i & 1023]!]!);
  const viaLookup = perCall((i) => runtime.lookup(picked[i & 1023]!, id)!);
  console.log(
    `plain read ${fmt(plain)} ns, lookup ${fmt(viaLookup)} ns: ratio ${fmt(viaLookup / plain)}x (${viaLookup / plain <= LOOKUP_BUDGET ? "within" : "OVER"} budget)`,
  );
}

/**
 * A synthetic catalog of `size` names: a flags family whose names are aliases of 40 bits plus two-bit
 * masks, and as many names of another family, to see whether a call's cost grows with the family or table.
 */
function syntheticCatalog(size: number): Runtime {
  const table: Record<string, number> = {};
  for (let i = 0; i < size; i++) {
    const bit = 2 ** (i % 40);
    table[`X_FLAG${i}`] = i % 10 === 9 ? bit + 2 ** ((i + 1) % 40) : bit;
    table[`Y_VALUE${i}`] = i;
  }
  const meta = { provenance: { compiler: "", triple: "", sources: [] }, constants: {} };
  return catalogModule.createCatalog({
    platforms: ["p"],
    tables: { p: table },
    metas: { p: meta },
    families: [
      { name: "X", kind: "flags", prefixes: ["X_"], members: [], description: "" },
      { name: "Y", kind: "values", prefixes: ["Y_"], members: [], description: "" },
    ],
    host: () => "p",
  });
}

async function indexCost(): Promise<void> {
  console.log("\n## namesOf / decodeFlags: first call (builds the index) vs later calls\n");
  const id = runtime.platforms.includes("linux-x64") ? "linux-x64" : runtime.platforms[0]!;
  const fresh = async () =>
    (await import(`${pathToFileURL(join(dist, "src/index.js")).href}?fresh=${Math.random()}`)) as Runtime;
  const probe = await fresh();
  const flagFamily = probe.families.find((f) => f.kind === "flags" && probe.list(f.name, id).length > 0)?.name;
  const anyFamily = probe.families.find((f) => f.kind !== "flags" && probe.list(f.name, id).length > 3)?.name;
  for (const [label, family, call] of [
    ["namesOf", anyFamily, (r: Runtime, v: number, f: string) => r.namesOf(v, f, id).length],
    ["decodeFlags", flagFamily, (r: Runtime, v: number, f: string) => r.decodeFlags(v, f, id).names.length],
  ] as const) {
    if (family === undefined) continue;
    const r = await fresh();
    const value = label === "namesOf" ? r.list(family, id)[0]![1] : 0x42;
    const start = process.hrtime.bigint();
    call(r, value, family);
    const first = Number(process.hrtime.bigint() - start);
    const later = perCall((i) => call(r, value + (i & 1), family), 200_000);
    console.log(
      `${label.padEnd(11)} (${family} on ${id}): first call ${fmt(first / 1000, 1)} µs, later calls ${fmt(later)} ns: first/later ${fmt(first / later, 0)}x`,
    );
  }

  console.log("\n## later-call cost at two table sizes (synthetic families of 100 and 20000 names; ~1x means constant time)\n");
  const small = syntheticCatalog(100);
  const large = syntheticCatalog(20_000);
  for (const [label, call] of [
    ["namesOf", (r: Runtime, i: number) => r.namesOf(i & 63, "Y", "p").length],
    ["decodeFlags", (r: Runtime, i: number) => r.decodeFlags((i & 0xffff) * 0x10001, "X", "p").names.length],
  ] as const) {
    call(small, 1);
    call(large, 1);
    const a = perCall((i) => call(small, i), 300_000);
    const b = perCall((i) => call(large, i), 300_000);
    console.log(
      `${label.padEnd(11)} 100 names: ${fmt(a)} ns/call, 20000 names: ${fmt(b)} ns/call, ratio ${fmt(b / a)}x`,
    );
  }
}

sizes();
importCost();
lookupCost();
await indexCost();
if (failures.length > 0) {
  console.log(`\nSIZE BUDGET FAILED:\n${failures.join("\n")}`);
  process.exitCode = 1;
}
