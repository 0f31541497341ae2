import fs from "node:fs";
import path from "node:path";
import { freshDir } from "../probe/compile.js";
import { zig } from "../probe/zig.js";

/**
 * Every file the preprocessor enters for `headers`, read from the line markers of `-E` (a file entered
 * prints `# 1 "<file>" 1` even when its guard leaves nothing). The manifest must list exactly the SDK's
 * share of these: a file missing stops the compile, a file too many is a file nobody needs to stage.
 */
export async function filesRead(cc1: string[], headers: string[]): Promise<Set<string>> {
  const dir = freshDir();
  try {
    fs.writeFileSync(path.join(dir, "unit.c"), headers.map((h) => `#include <${h}>\n`).join(""));
    const run = await zig(["-cc1", ...cc1, "-E", "-w", "-o", "unit.i", "unit.c"], dir);
    if (!run.ok) throw new Error(`the SDK headers do not preprocess:\n${run.stderr.split("\n").filter((l) => l.includes("error")).slice(0, 8).join("\n")}`);
    const entered = /^# 1 "((?:[^"\\]|\\.)*)" 1/gm;
    const text = fs.readFileSync(path.join(dir, "unit.i"), "utf8");
    const files = new Set<string>();
    for (let m = entered.exec(text); m; m = entered.exec(text)) files.add(m[1]!.replace(/\\(.)/g, "$1"));
    return files;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The files under `tree`, relative to it with `/` separators, of an absolute set. */
export const within = (tree: string, files: Iterable<string>): string[] =>
  [...files]
    .filter((f) => f.startsWith(tree + path.sep))
    .map((f) => path.relative(tree, f).split(path.sep).join("/"))
    .sort();
