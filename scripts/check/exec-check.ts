/**
 * npm run check:exec [-- --target <id>…]
 * The execution check: each target's probe, built as a program that prints its values, runs on this
 * machine, under qemu-user or under Wine, and every printed value must equal headers-cache/<target>.json.
 * How each target is linked and run is data: data/exec/<target>.json.
 */
import fs from "node:fs";
import path from "node:path";
import { execFile } from "node:child_process";
import { parseArgs, promisify } from "node:util";
import { pathToFileURL } from "node:url";
import { loadExec, loadLock, loadTargets, loadUnits } from "../lib/data.js";
import { workDir } from "../lib/paths.js";
import { settleAll } from "../lib/pool.js";
import { readCommitted } from "../harvest/committed.js";
import { withoutSupplement } from "../harvest/supplement.js";
import { readFacts } from "../harvest-sdk/committed.js";
import { compilerSetup } from "../probe/include-path.js";
import { freshDir, probeUnits } from "../probe/compile.js";
import { cc1Flags } from "../probe/cc1.js";
import { probeProgram, type ProbeName } from "../probe/probe-source.js";
import { zigCc } from "../probe/zig.js";
import type { ExecRecord } from "../schema/exec.js";
import type { Target } from "../schema/target.js";

const execFileAsync = promisify(execFile);
const installHint = "(or `npm run setup`, which npm test runs)";

export interface ExecResult {
  target: string;
  equal: number;
  differences: string[];
}

export const execTargets = (): string[] => loadExec().map((r) => r.target);

export async function checkTarget(id: string): Promise<ExecResult> {
  const rec = loadExec().find((r) => r.target === id);
  if (!rec) throw new Error(`${id}: no data/exec/${id}.json, so the execution check does not know how to build and run it`);
  const t = loadTargets().find((x) => x.id === id);
  if (!t) throw new Error(`data/exec/${id}.json names a target that data/targets does not have`);
  const committed = readCommitted(id);
  if (!committed) throw new Error(`${id}: headers-cache/${id}.json is missing; run \`npm run harvest -- --target ${id}\``);
  // The Windows SDK's own names do not compile against mingw-w64, which the program is built with; their
  // values are checked against the SDK's defining lines instead (test/harvest/sdk-literal.test.ts).
  const sdk = readFacts(id);
  const harvested = sdk === undefined ? committed : withoutSupplement(committed, sdk);
  requireTools(rec);

  const { args } = compilerSetup(t, loadLock());
  const units = loadUnits();
  const printed = new Map<string, string>();
  const compiled = new Map<string, bigint>();
  const flagsDir = freshDir();
  const cc1 = await cc1Flags(args, flagsDir).finally(() => fs.rmSync(flagsDir, { recursive: true, force: true }));
  let remaining: ProbeName[] = Object.entries(harvested.constants).map(([name, c]) => ({ name, c: c.c ?? name }));
  // As in harvest-target.ts: units in order, a name belongs to the first unit it compiles in.
  for (const unitName of t.units) {
    const unit = units.find((u) => u.name === unitName)!;
    const dir = path.join(workDir, "exec", id, unit.name);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const label = `${id} (${unit.name})`;
    const { values } = (await probeUnits(cc1, [{ ...unit, names: remaining }], () => label)).get(unit.name)!;
    const names = remaining.filter((n) => values.has(n.name));
    remaining = remaining.filter((n) => !values.has(n.name));
    if (names.length === 0) continue;
    for (const n of names) compiled.set(n.name, values.get(n.name)!);
    const exe = await build(t, rec, args, probeProgram(unit.headers, names), dir, label);
    for (const [name, value] of await run(rec, exe, dir, label)) printed.set(name, value);
  }

  const differences: string[] = [];
  let equal = 0;
  for (const [name, c] of Object.entries(harvested.constants)) {
    const got = printed.get(name);
    if (got === undefined) {
      differences.push(`${name}: harvested ${c.value}, ${compiled.has(name) ? "the program printed nothing" : "compiles in no unit"}`);
    } else if (BigInt(got) !== BigInt(c.value)) {
      differences.push(`${name}: harvested ${c.value}, the program printed ${got} (its LLVM IR says ${compiled.get(name)})`);
    } else equal++;
  }
  return { target: id, equal, differences };
}

/** Compile with the harvest's own flags, so the program sees exactly the harvested headers; then link. */
async function build(t: Target, rec: ExecRecord, args: string[], program: string, dir: string, label: string): Promise<string> {
  fs.writeFileSync(path.join(dir, "program.c"), program);
  const cc = await zigCc([...args, "-c", "-O0", "-g0", "-w", "-o", "program.o", "program.c"], dir);
  if (!cc.ok) throw new Error(`${label}: the program does not compile although its probe did:\n${firstLines(cc.stderr)}`);
  return link(t, rec, ["program.o"], dir, label);
}

/** Link objects into the target's program as data/exec says (zig, or a Debian cross gcc as the driver). */
export async function link(t: Target, rec: ExecRecord, objects: string[], dir: string, label: string): Promise<string> {
  const exe = path.join(dir, t.os === "win32" ? "program.exe" : "program");
  fs.rmSync(exe, { force: true });
  if (rec.link.with === "zig") {
    const ld = await zigCc(["-target", rec.link.triple ?? t.triple, "-o", exe, ...objects], dir);
    if (!ld.ok) throw new Error(`${label}: zig cannot link the program:\n${firstLines(ld.stderr)}`);
  } else {
    try {
      await execFileAsync(rec.link.command, ["-o", exe, ...objects], { cwd: dir });
    } catch (error) {
      throw new Error(`${label}: ${rec.link.command} cannot link the program:\n${firstLines(String((error as { stderr?: string }).stderr ?? error))}`);
    }
  }
  return exe;
}

/** Run the program here, under qemu-user or under Wine; its `name value` lines. */
export async function run(rec: ExecRecord, exe: string, dir: string, label: string): Promise<Map<string, string>> {
  const [command, args] = rec.run ? [rec.run.command, [...rec.run.args, exe]] : [exe, []];
  // Wine keeps its state in a prefix: a scratch one, not the user's ~/.wine.
  const env = { ...process.env, WINEPREFIX: path.join(workDir, "exec", "wine"), ...rec.run?.env };
  let stdout: string;
  try {
    ({ stdout } = await execFileAsync(command, args, { cwd: dir, env, timeout: 180_000, maxBuffer: 64 << 20 }));
  } catch (error) {
    const e = error as { stderr?: string; code?: unknown; signal?: unknown };
    throw new Error(`${label}: the program failed under ${command} (exit ${String(e.code ?? e.signal)}):\n${firstLines(e.stderr ?? String(error))}`);
  }
  const values = new Map<string, string>();
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^(\w+) (-?\d+)$/.exec(line);
    if (m) values.set(m[1]!, m[2]!);
  }
  return values;
}

/** Every missing tool is named with the Debian package that brings it, before any compile is spent. */
export function requireTools(rec: ExecRecord): void {
  const wanted = [
    ...(rec.link.with === "gcc" ? [{ what: rec.link.command, package: rec.link.package, found: onPath(rec.link.command) }] : []),
    ...(rec.run ? [{ what: rec.run.command, package: rec.run.package, found: onPath(rec.run.command) }] : []),
    ...rec.needs.map((n) => ({ what: n.path, package: n.package, found: fs.existsSync(n.path) })),
  ];
  const missing = wanted.filter((w) => !w.found);
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((m) => m.package))].join(" ");
  throw new Error(`${rec.target}: ${missing.map((m) => m.what).join(", ")} not found: apt-get install ${packages} ${installHint}`);
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, command), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const firstLines = (text: string) => text.split("\n").filter((l) => l.trim() && !l.includes("-Wunused-command-line-argument")).slice(0, 8).join("\n");

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { target: { type: "string", multiple: true, default: [] } } });
  const known = execTargets();
  for (const id of values.target) {
    if (!known.includes(id)) throw new Error(`no execution check for "${id}"; data/exec has: ${known.join(", ")}`);
  }
  const chosen = values.target.length ? values.target : known;
  const started = Date.now();
  const results = await settleAll(chosen, checkTarget);
  let failed = 0;
  results.forEach((r) => {
    if (r.status === "rejected") {
      failed++;
      console.error(`✗ ${(r.reason as Error).message}`);
      return;
    }
    const { target, equal, differences } = r.value;
    console.log(`${target}: ${equal} values equal, ${differences.length} differ`);
    for (const d of differences) console.log(`  ${d}`);
    if (differences.length) failed++;
  });
  console.log(`checked ${chosen.length} targets in ${((Date.now() - started) / 1000).toFixed(1)} s; ${failed} failed`);
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`✗ ${error.message}`);
      process.exit(1);
    },
  );
}
