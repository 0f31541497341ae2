/**
 * npm run check:second-source [-- --target <id>…]
 * Harvests a target again from a second, independent header set (data/second-source/<target>.json),
 * compares it name by name with the committed headers-cache/<target>.json and writes the comparison to
 * headers-cache/second-source/<target>.json. Fails on any difference that is neither a name the newer
 * headers added nor explained in data/second-source/explanations.json.
 */
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { cacheDir, dataDir, workDir } from "../lib/paths.js";
import { loadLock, loadTargets, readJson, selectTargets } from "../lib/data.js";
import { settleAll } from "../lib/pool.js";
import { writeAtomic } from "../lib/write-atomic.js";
import { compilerSetup, type CompilerSetup, type IncludeRoot } from "../probe/include-path.js";
import { zigBuiltinInclude, zigCc, zigVersion } from "../probe/zig.js";
import { harvestTarget, loadHarvestContext, type HarvestContext } from "../harvest/harvest-target.js";
import { readCommitted } from "../harvest/committed.js";
import type { Target } from "../schema/target.js";
import type { HarvestedConstant } from "../schema/harvest.js";
import type { LockedPackage } from "../schema/lock.js";
import {
  explanationsFile,
  secondSourceRecord,
  secondSourceReport,
  type Difference,
  type Explanation,
  type SecondSource,
  type SecondSourceRecord,
  type SecondSourceReport,
} from "../schema/second-source.js";

const recordDir = path.join(dataDir, "second-source");
const explanationsPath = path.join(recordDir, "explanations.json");
export const reportPath = (id: string) => path.join(cacheDir, "second-source", `${id}.json`);
const scratchDir = path.join(workDir, "second-source");
const installHint = "run `npm run setup` (npm test does)";

export function loadSecondSources(): SecondSourceRecord[] {
  return fs
    .readdirSync(recordDir)
    .filter((f) => f.endsWith(".json") && f !== "explanations.json")
    .sort()
    .map((f) => {
      const r = readJson(path.join(recordDir, f), secondSourceRecord);
      if (`${r.target}.json` !== f) throw new Error(`data/second-source/${f}: its name must be ${r.target}.json`);
      return r;
    });
}

export const loadExplanations = (): Explanation[] => readJson(explanationsPath, explanationsFile).explanations;

/** Each package's files, by real path, so a definition names the package that holds it; versions are checked. */
function owners(source: SecondSource): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of source.packages) {
    let version = "";
    try {
      version = execFileSync("dpkg-query", ["-W", "-f", "${Version}", p.name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    } catch {
      // not installed: reported below with the version wanted
    }
    if (version !== p.version) throw new Error(`${p.name} ${p.version} is not installed${version ? ` (found ${version})` : ""}: ${installHint}`);
    const files = execFileSync("dpkg-query", ["-L", p.name], { encoding: "utf8" }).split("\n");
    for (const f of files) if (f && fs.existsSync(f) && fs.statSync(f).isFile()) map.set(fs.realpathSync(f), p.name);
  }
  return map;
}

/** A folder showing only some subfolders of an installed one, so -I of it cannot bring in the host's libc headers. */
function view(dir: string, only: string[]): string {
  const at = path.join(scratchDir, "view", dir.replace(/[^\w.-]+/g, "_"));
  for (const sub of only) {
    const link = path.join(at, sub);
    const real = path.join("/", dir, sub);
    if (!fs.existsSync(real)) throw new Error(`${real} is missing: ${installHint}`);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    if (!fs.existsSync(link)) fs.symlinkSync(real, link);
  }
  return at;
}

/**
 * zig cc with -nostdinc -nolibc searches nothing but the given folders and clang's own builtin headers,
 * so every libc and kernel header comes from the second source; with no folders, zig's bundled headers.
 */
function setupFor(t: Target, source: SecondSource, lock: LockedPackage[]): CompilerSetup {
  if (source.includes.length === 0) return compilerSetup({ ...t, includes: [] }, lock);
  const owner = owners(source);
  const args = ["-target", t.triple, "-nostdinc", "-nolibc", "-isystem", zigBuiltinInclude()];
  const roots: IncludeRoot[] = [];
  for (const inc of source.includes) {
    const dir = inc.only ? view(inc.dir, inc.only) : path.join("/", inc.dir);
    if (!fs.existsSync(dir)) throw new Error(`${dir} is missing: ${installHint}`);
    args.push("-I", dir);
    roots.push({ dir, source: source.id, owner: (real) => owner.get(real) });
  }
  for (const d of t.defines) args.push(`-D${d}`);
  roots.push({ dir: zigBuiltinInclude(), source: lock.find((p) => p.registry === "npm")!.name });
  return { args, roots };
}

/** The folders the compiler really searches, read from `-v`; a zig libc folder in a -nolibc setup is a leak. */
async function searchList(args: string[], dir: string): Promise<string[]> {
  // zig answers a repeated compile from its cache without running clang, which prints nothing: vary the input.
  fs.writeFileSync(path.join(dir, "empty.c"), `/* ${process.pid} ${Date.now()} ${Math.random()} */\n`);
  const { stderr } = await zigCc([...args, "-E", "-v", "-o", "empty.i", "empty.c"], dir);
  const lines = stderr.split("\n");
  const from = lines.findIndex((l) => l.startsWith("#include <...> search starts here"));
  const to = lines.indexOf("End of search list.");
  if (from < 0 || to < from) throw new Error(`zig cc -v printed no include search list:\n${stderr.slice(0, 400)}`);
  return lines.slice(from + 1, to).map((l) => l.trim());
}

/** Which of `names` occur as a word in any file under `dirs` (symlinks followed). */
function mentioned(names: string[], dirs: string[], dir: string): Set<string> {
  if (names.length === 0) return new Set();
  const list = path.join(dir, "names.txt");
  fs.writeFileSync(list, names.join("\n") + "\n");
  try {
    return new Set(execFileSync("grep", ["-RhowF", "-f", list, ...dirs], { encoding: "utf8", maxBuffer: 256 << 20 }).split("\n"));
  } catch (error) {
    if ((error as { status?: number }).status === 1) return new Set();
    throw error;
  }
}

function packagesOf(source: SecondSource, lock: LockedPackage[]): { package: string; version: string }[] {
  if (source.packages.length) return source.packages.map((p) => ({ package: p.name, version: p.version }));
  const zig = lock.find((p) => p.registry === "npm")!;
  return [{ package: zig.name, version: zig.version }];
}

const side = (c: HarvestedConstant) => ({ value: c.value, header: c.header, source: c.source });

export async function checkTarget(t: Target, record: SecondSourceRecord, explanations: Explanation[]): Promise<SecondSourceReport> {
  const primary = readCommitted(t.id);
  if (!primary) throw new Error(`${t.id}: headers-cache/${t.id}.json is missing: run npm run harvest first`);
  const lock = loadLock();
  const version = (name: string) => primary.provenance.sources.find((s) => s.package === name)?.version ?? "?";
  const sources: SecondSourceReport["sources"] = [];
  for (const source of record.sources) {
    const scratch = path.join(scratchDir, t.id, source.id);
    fs.mkdirSync(scratch, { recursive: true });
    const setup = setupFor(t, source, lock);
    const searched = await searchList(setup.args, scratch);
    if (source.includes.length && searched.some((d) => d.includes(`${path.sep}libc${path.sep}include`))) {
      throw new Error(`${t.id} (${source.id}): zig still searches its own libc headers: ${searched.join(", ")}`);
    }
    const packages = packagesOf(source, lock);
    const base = loadHarvestContext();
    const ctx: HarvestContext = {
      ...base,
      lock: [...base.lock, ...source.packages.map((p) => ({ name: p.name, registry: "debian" as const, version: p.version, description: source.description }))],
    };
    const notCompared = Object.keys(primary.constants).filter((n) => !source.covers.includes(primary.constants[n]!.source));
    const compare = ([n]: [string, unknown]) => !notCompared.includes(n);
    const first = Object.fromEntries(Object.entries(primary.constants).filter(compare));
    const second = Object.fromEntries(Object.entries((await harvestTarget(t, ctx, { setup })).file.constants).filter(compare));
    const onlyFirst = Object.keys(first).filter((n) => !(n in second));
    const named = mentioned([...new Set(onlyFirst.map((n) => first[n]!.c ?? n))], searched, scratch);

    const differences: Difference[] = [];
    let equal = 0;
    const names = [...new Set([...Object.keys(first), ...Object.keys(second)])].sort();
    for (const name of names) {
      const a = first[name];
      const b = second[name];
      if (a && b && a.value === b.value) {
        equal++;
        continue;
      }
      const cls: Difference["class"] = a && b ? "value" : b ? "second-only" : named.has(a!.c ?? name) ? "primary-only" : "newer";
      const explained = explanations.find(
        (e) => e.target === t.id && e.source === source.id && e.name === name && e.primary === (a?.value ?? null) && e.second === (b?.value ?? null),
      );
      const reason =
        cls === "newer"
          ? `added by the newer header: ${a!.header} of ${a!.source} ${version(a!.source)} defines it; no header of ${packages.map((p) => `${p.package} ${p.version}`).join(", ")} names it`
          : (explained?.reason ?? null);
      differences.push({ name, class: cls, ...(a ? { primary: side(a) } : {}), ...(b ? { second: side(b) } : {}), reason });
    }
    const byClass: Record<string, number> = {};
    for (const d of differences) byClass[d.class] = (byClass[d.class] ?? 0) + 1;
    const v = zigVersion();
    sources.push({
      id: source.id,
      description: source.description,
      compiler: `zig ${v.zig} (clang ${v.clang})`,
      packages,
      compared: names.length,
      notCompared,
      equal,
      byClass,
      unexplained: differences.filter((d) => d.reason === null).length,
      differences,
    });
  }
  return secondSourceReport.parse({
    target: t.id,
    primary: {
      compiler: primary.provenance.compiler,
      triple: primary.provenance.triple,
      sources: primary.provenance.sources.map((s) => ({ package: s.package, version: s.version })),
    },
    sources,
  });
}

/** Explanations no difference uses any more: the headers or the table changed, so the reason may be wrong. */
export function staleExplanations(reports: SecondSourceReport[], explanations: Explanation[]): Explanation[] {
  return explanations.filter((e) => {
    const report = reports.find((r) => r.target === e.target);
    if (!report) return false;
    const d = report.sources.find((s) => s.id === e.source)?.differences.find((x) => x.name === e.name);
    return !d || d.class === "newer" || (d.primary?.value ?? null) !== e.primary || (d.second?.value ?? null) !== e.second;
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { target: { type: "string", multiple: true, default: [] } } });
  const records = loadSecondSources();
  const explanations = loadExplanations();
  const all = loadTargets().filter((t) => records.some((r) => r.target === t.id));
  const chosen = selectTargets(all, values.target);
  const started = Date.now();
  const results = await settleAll(chosen, (t) => checkTarget(t, records.find((r) => r.target === t.id)!, explanations));
  let failed = 0;
  const reports: SecondSourceReport[] = [];
  chosen.forEach((t, i) => {
    const r = results[i]!;
    if (r.status === "rejected") {
      failed++;
      console.error(`✗ ${t.id}: ${(r.reason as Error).message}`);
      return;
    }
    reports.push(r.value);
    writeAtomic(reportPath(t.id), `${JSON.stringify(r.value, null, 1)}\n`);
    for (const s of r.value.sources) {
      const classes = Object.entries(s.byClass).map(([c, n]) => `${n} ${c}`).join(", ") || "none";
      const skipped = s.notCompared.length ? `; ${s.notCompared.length} not compared (no second source)` : "";
      console.log(`${s.unexplained ? "✗" : "✓"} ${t.id} vs ${s.id}: ${s.compared} names, ${s.equal} equal; differences: ${classes}${skipped}`);
      for (const d of s.differences.filter((x) => x.reason === null)) {
        console.error(`  unexplained ${d.class}: ${d.name} table ${d.primary?.value ?? "-"} (${d.primary?.header ?? ""}) vs ${d.second?.value ?? "-"} (${d.second?.header ?? ""})`);
      }
      if (s.unexplained) failed++;
    }
  });
  for (const e of staleExplanations(reports, explanations)) {
    failed++;
    console.error(`✗ stale explanation: ${e.target} ${e.source} ${e.name} (${e.primary} vs ${e.second}) matches no difference`);
  }
  console.log(`checked ${chosen.length} targets in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return failed ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`✗ ${error.message}`);
      process.exit(2);
    },
  );
}
