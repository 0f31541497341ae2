import fs from "node:fs";
import path from "node:path";
import { workDir } from "../lib/paths.js";
import { zig } from "./zig.js";
import { discover, type Definition } from "./discover.js";
import { probeSource, readIr, type ProbeName } from "./probe-source.js";

export interface UnitSource {
  name: string;
  headers: string[];
}

/**
 * A fresh folder for one compiler call: outputs are never confused with an earlier run's, and a compile
 * that claims success without writing its output is caught.
 */
export function freshDir(parent = path.join(workDir, "runs")): string {
  fs.mkdirSync(parent, { recursive: true });
  return fs.mkdtempSync(path.join(parent, "run-"));
}

const unitFile = (unit: string) => `unit-${unit}.c`;

/**
 * Every macro and enumerator the units' headers define, with file and line: one `zig -cc1 -E -dD` call
 * for all units, each unit its own translation unit.
 */
export async function preprocessUnits(cc1: string[], units: UnitSource[], label: (unit: string) => string): Promise<Map<string, Map<string, Definition>>> {
  const dir = freshDir();
  try {
    for (const u of units) fs.writeFileSync(path.join(dir, unitFile(u.name)), u.headers.map((h) => `#include <${h}>\n`).join(""));
    const result = await zig(["-cc1", ...cc1, "-E", "-dD", "-w", ...units.map((u) => unitFile(u.name))], dir);
    // Each translation unit's output starts with a bare line marker naming its file.
    const starts = units.map((u) => result.stdout.indexOf(`# 1 "${unitFile(u.name)}"\n`));
    if (!result.ok) {
      const failed = units[Math.max(0, ...starts.map((s, i) => (s >= 0 ? i : 0)))]!;
      const missing = /fatal error: '([^']+)' file not found/.exec(result.stderr);
      if (missing) {
        throw new Error(`${label(failed.name)}: header <${missing[1]}> does not exist for this target; remove it from the unit or add the package that provides it`);
      }
      throw new Error(`${label(failed.name)}: the headers do not preprocess:\n${firstLines(result.stderr)}`);
    }
    const found = new Map<string, Map<string, Definition>>();
    units.forEach((u, i) => {
      if (starts[i]! < 0) throw new Error(`${label(u.name)}: the compiler reported success but printed nothing for ${unitFile(u.name)}`);
      const end = starts.slice(i + 1).find((s) => s >= 0) ?? result.stdout.length;
      found.set(u.name, discover(result.stdout.slice(starts[i], end)));
    });
    return found;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface ProbeJob extends UnitSource {
  names: ProbeName[];
  /** Names expected not to compile (they did not last time): probed apart, so they cannot stop the rest. */
  suspects?: ReadonlySet<string>;
}

export interface ProbeResult {
  values: Map<string, bigint>;
  /** Names whose line did not compile, with the compiler's first complaint. */
  rejected: Map<string, string>;
}

interface Tu {
  job: ProbeJob;
  names: ProbeName[];
}

const errorLine = /^(.*?):(\d+):\d+: (error|note): (.*)$/;

/**
 * Each unit's constants compiled to LLVM IR and read back. The units that should compile go in one
 * `zig -cc1` call; each unit's suspects in a call of their own, at the same time. A translation unit
 * that fails loses the lines the compiler blames and is compiled again, so a bad macro costs one more
 * compile, not one per constant. cc1 stops at the first failing unit of a call: those after it are
 * simply compiled again.
 */
export async function probeUnits(cc1: string[], jobs: ProbeJob[], label: (unit: string) => string): Promise<Map<string, ProbeResult>> {
  const results = new Map(jobs.map((j) => [j.name, { values: new Map<string, bigint>(), rejected: new Map<string, string>() } as ProbeResult]));
  const clean: Tu[] = [];
  const suspect: Tu[] = [];
  for (const job of jobs) {
    const s = job.suspects ?? new Set();
    clean.push({ job, names: job.names.filter((n) => !s.has(n.name)) });
    suspect.push({ job, names: job.names.filter((n) => s.has(n.name)) });
  }
  let calls: Tu[][] = [clean.filter((t) => t.names.length), ...suspect.filter((t) => t.names.length).map((t) => [t])];
  for (let round = 0; calls.length > 0; round++) {
    if (round === 8) throw new Error(`${label(calls[0]![0]!.job.name)}: the probe still fails after eight rounds of taking out bad constants`);
    const again = await Promise.all(calls.map((tus) => compileCall(cc1, tus, results, label)));
    calls = again.flat().map((t) => [t]);
  }
  return results;
}

/** One cc1 call over several translation units; returns those to compile again. */
async function compileCall(cc1: string[], tus: Tu[], results: Map<string, ProbeResult>, label: (unit: string) => string): Promise<Tu[]> {
  const dir = freshDir();
  try {
    const files = tus.map((tu, i) => {
      const file = `probe-${i}-${tu.job.name}.c`;
      const { source, firstLine } = probeSource(tu.job.headers, tu.names);
      fs.writeFileSync(path.join(dir, file), source);
      return { file, firstLine };
    });
    const run = await zig(["-cc1", ...cc1, "-emit-llvm", "-w", "-ferror-limit", "0", ...files.map((f) => f.file)], dir);
    const blamed = blame(run.stderr, files.map((f, i) => ({ ...f, names: tus[i]!.names })));
    const retry: Tu[] = [];
    tus.forEach((tu, i) => {
      const out = path.join(dir, files[i]!.file.replace(/\.c$/, ".ll"));
      const result = results.get(tu.job.name)!;
      if (fs.existsSync(out)) {
        for (const [name, value] of readIr(fs.readFileSync(out, "utf8"))) result.values.set(name, value);
        const missing = tu.names.filter((n) => !result.values.has(n.name));
        if (missing.length) throw new Error(`${label(tu.job.name)}: the compiled probe lacks ${missing.slice(0, 5).map((n) => n.name).join(", ")}`);
        return;
      }
      const bad = blamed.get(files[i]!.file);
      if (bad === undefined) {
        // Not reached (an earlier unit of the call failed), or a failure no probe line explains.
        const own = run.stderr.split("\n").some((l) => l.includes(files[i]!.file));
        if (own || run.ok) throw headerFailure(label(tu.job.name), run.stderr, run.ok);
        retry.push(tu);
        return;
      }
      for (const [name, why] of bad) result.rejected.set(name, why);
      const rest = tu.names.filter((n) => !bad.has(n.name));
      if (rest.length) retry.push({ job: tu.job, names: rest });
    });
    return retry;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function headerFailure(label: string, stderr: string, claimedSuccess: boolean): Error {
  if (claimedSuccess) return new Error(`${label}: the compiler reported success but wrote no output`);
  return new Error(
    `${label}: the probe does not compile and no constant is to blame (a header itself fails; fix the header list in data/units or the include layers in data/targets):\n${firstLines(stderr)}`,
  );
}

/** Map each error to the probe line it arose on (directly, or through "expanded from" notes), per file. */
function blame(stderr: string, files: { file: string; firstLine: number; names: ProbeName[] }[]): Map<string, Map<string, string>> {
  const bad = new Map<string, Map<string, string>>();
  let pending: string | undefined;
  for (const text of stderr.split("\n")) {
    const m = errorLine.exec(text);
    if (!m) continue;
    const [, file, line, severity, message] = m;
    if (severity === "error") pending = message;
    const f = files.find((x) => x.file === path.basename(file!));
    if (!pending || !f) continue;
    const name = f.names[Number(line) - f.firstLine]?.name;
    if (name === undefined) continue;
    const map = bad.get(f.file) ?? new Map<string, string>();
    bad.set(f.file, map);
    if (!map.has(name)) map.set(name, pending);
  }
  return bad;
}

const firstLines = (text: string) => text.split("\n").filter((l) => /error/.test(l)).slice(0, 8).join("\n");
