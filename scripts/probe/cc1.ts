import fs from "node:fs";
import path from "node:path";
import { zigCc } from "./zig.js";

/**
 * `zig cc` works out a target's cc1 command (its libc's include folders, defines, the exact triple) on
 * every call, and that set-up costs more than compiling a probe. `zig cc -###` prints the command once;
 * the harvest then runs `zig -cc1` with it directly, several translation units per call.
 */
export async function cc1Flags(ccArgs: string[], dir: string): Promise<string[]> {
  fs.writeFileSync(path.join(dir, "flags.c"), "");
  const result = await zigCc(["-###", ...ccArgs, "-c", "-o", "flags.o", "flags.c"], dir);
  const line = result.stderr.split("\n").find((l) => l.includes('"-cc1"'));
  if (!result.ok || line === undefined) {
    throw new Error(`zig cc -### printed no cc1 command for ${ccArgs.join(" ")}:\n${result.stderr.split("\n").slice(0, 6).join("\n")}`);
  }
  const words = [...line.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!.replace(/\\(.)/g, "$1"));
  return stripInvocation(words.slice(words.indexOf("-cc1") + 1));
}

/** What belongs to one compile rather than to the target: action, input, output, debug info, error limit. */
const dropWithValue = new Set(["-o", "-x", "-main-file-name", "-ferror-limit", "-dwarf-version", "-debugger-tuning"]);
const dropAlone = new Set(["-emit-obj", "flags.c", "-gdwarf32"]);
const dropPrefixed = ["-fdebug-compilation-dir=", "-fcoverage-compilation-dir=", "-debug-info-kind=", "-dwarf-version="];

function stripInvocation(words: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (dropWithValue.has(w)) i++;
    else if (!dropAlone.has(w) && !dropPrefixed.some((p) => w.startsWith(p))) kept.push(w);
  }
  return kept;
}
