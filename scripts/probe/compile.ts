import fs from "node:fs";
import path from "node:path";
import { zigCc } from "./zig.js";
import { probeSource, readIr, type ProbeName } from "./probe-source.js";

export interface ProbeResult {
  values: Map<string, bigint>;
  /** Names whose line did not compile, with the compiler's first complaint. */
  rejected: Map<string, string>;
}

const errorLine = /^(.*?):(\d+):\d+: (error|note): (.*)$/;

/**
 * Compile the probe to LLVM IR and read the values; lines that do not compile are taken out and the
 * rest compiled again, so one bad macro costs one extra compile, not a compile per constant.
 */
export async function runProbe(args: string[], headers: string[], names: ProbeName[], dir: string, label: string): Promise<ProbeResult> {
  const rejected = new Map<string, string>();
  let remaining = names;
  for (let round = 0; round < 6; round++) {
    const { source, firstLine } = probeSource(headers, remaining);
    const file = path.join(dir, "probe.c");
    fs.writeFileSync(file, source);
    const out = path.join(dir, "probe.ll");
    const result = await zigCc([...args, "-S", "-emit-llvm", "-O0", "-g0", "-w", "-ferror-limit=0", "-o", out, "probe.c"], dir);
    if (result.ok) return { values: readIr(fs.readFileSync(out, "utf8")), rejected };
    const bad = blame(result.stderr, firstLine, remaining);
    if (bad.size === 0) {
      const first = result.stderr.split("\n").filter((l) => l.includes("error")).slice(0, 5).join("\n");
      throw new Error(`${label}: the probe does not compile and no constant is to blame (a header itself fails; fix the header list in data/units or the include layers in data/targets):\n${first}`);
    }
    for (const [name, why] of bad) rejected.set(name, why);
    remaining = remaining.filter((n) => !bad.has(n.name));
  }
  throw new Error(`${label}: the probe still fails after six rounds of taking out bad constants`);
}

/** Map each error to the probe line it arose on (directly, or through "expanded from" notes). */
function blame(stderr: string, firstLine: number, names: ProbeName[]): Map<string, string> {
  const bad = new Map<string, string>();
  let pending: string | undefined;
  for (const text of stderr.split("\n")) {
    const m = errorLine.exec(text);
    if (!m) continue;
    const [, file, line, severity, message] = m;
    if (severity === "error") pending = message;
    if (!pending || path.basename(file!) !== "probe.c") continue;
    const index = Number(line) - firstLine;
    const name = names[index]?.name;
    if (name !== undefined && !bad.has(name)) bad.set(name, pending);
  }
  return bad;
}
