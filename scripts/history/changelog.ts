/** Where a staged Debian package's own changelog mentions a name: the line and the upload it is listed under. */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { LockedSuitePackage } from "../schema/history.js";
import { stagedDir } from "./stage-suite.js";

const cache = new Map<string, string[]>();

function changelogLines(p: LockedSuitePackage): string[] {
  const file = path.join(stagedDir(p), "usr", "share", "doc", p.name, "changelog.Debian.gz");
  if (!cache.has(file)) cache.set(file, fs.existsSync(file) ? zlib.gunzipSync(fs.readFileSync(file)).toString("utf8").split("\n") : []);
  return cache.get(file)!;
}

export function backportEntry(p: LockedSuitePackage, name: string): { line: string; entry: string } | undefined {
  const word = new RegExp(`\\b${name}\\b`);
  let entry = "";
  let upstream = "";
  for (const line of changelogLines(p)) {
    const head = /^(\S+) \(([^)]+)\) ([^;]+);/.exec(line);
    if (head) {
      entry = `${head[1]} ${head[2]} (${head[3]})`;
      upstream = "";
      continue;
    }
    // Debian's kernel changelog heads each batch of stable fixes with the upstream ChangeLog's address.
    const stable = /ChangeLog-(\d+\.\d+\.\d+)\s*$/.exec(line);
    if (stable) upstream = stable[1]!;
    if (word.test(line)) return { line: line.trim().replace(/^-\s*/, ""), entry: upstream ? `${entry}, upstream stable ${upstream}` : entry };
  }
  return undefined;
}
