import fs from "node:fs";
import path from "node:path";
import { zig } from "../probe/zig.js";

export interface Tu {
  file: string;
  source: string;
  /** Says what a line of this file is about, for a compile error on it. */
  describe: (line: number) => string | undefined;
}

const errorLine = /^(.*?):(\d+):\d+: error: (.*)$/;

/**
 * Every translation unit in one `zig -cc1` call, in `dir`; each output lands beside its source
 * (`.ll` or `.o`). Nothing is retried: a layout the compiler rejects is a fault to fix in data/structs,
 * so the first errors are reported with what their lines probe.
 */
export async function compileTus(cc1: string[], tus: Tu[], dir: string, action: string[], label: string): Promise<Map<string, string>> {
  // cc1 without an input file would read standard input.
  if (tus.length === 0) return new Map();
  for (const tu of tus) fs.writeFileSync(path.join(dir, tu.file), tu.source);
  const run = await zig(["-cc1", ...cc1, ...action, "-w", "-ferror-limit", "0", ...tus.map((t) => t.file)], dir);
  const ext = action.includes("-emit-obj") ? ".o" : ".ll";
  const outputs = new Map(tus.map((t) => [t.file, path.join(dir, t.file.replace(/\.c$/, ext))]));
  if (run.ok && [...outputs.values()].every((o) => fs.existsSync(o))) return outputs;
  const errors = run.stderr
    .split("\n")
    .map((l) => errorLine.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .slice(0, 8)
    .map(([, file, line, message]) => {
      const tu = tus.find((t) => t.file === path.basename(file!));
      const what = tu?.describe(Number(line));
      return `  ${what ? `${what}: ` : `${path.basename(file!)}:${line}: `}${message}`;
    });
  if (run.ok) throw new Error(`${label}: the compiler reported success but wrote no output for ${tus.find((t) => !fs.existsSync(outputs.get(t.file)!))?.file}`);
  throw new Error(`${label}: the layout probe does not compile:\n${errors.join("\n") || run.stderr.split("\n").slice(0, 8).join("\n")}`);
}
