/** Every "since Linux" statement of the staged man-page packages (sections 2, 2const, 3, 4 and 7). */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { LockedSuitePackage } from "../schema/history.js";
import { parseManPage, type ManStatement } from "./manpage.js";
import { stagedDir, stageSuitePackage } from "./stage-suite.js";

export interface CitedStatement extends ManStatement {
  /** `tcp(7), section Socket options, manpages 6.20-2 (sid)`. */
  source: string;
}

export function readManStatements(packages: LockedSuitePackage[]): CitedStatement[] {
  const out: CitedStatement[] = [];
  for (const p of packages) {
    stageSuitePackage(p);
    const root = path.join(stagedDir(p), "usr", "share", "man");
    for (const dir of fs.readdirSync(root).sort()) {
      for (const file of fs.readdirSync(path.join(root, dir)).sort()) {
        const m = /^(.+)\.(\d[a-z]*)\.gz$/.exec(file);
        const full = path.join(root, dir, file);
        if (!m || fs.lstatSync(full).isSymbolicLink()) continue;
        const text = zlib.gunzipSync(fs.readFileSync(full)).toString("utf8");
        for (const s of parseManPage(text, `${m[1]}(${m[2]})`)) {
          out.push({ ...s, source: `${s.page}, section ${s.section}, ${p.name} ${p.version} (${p.suite})` });
        }
      }
    }
  }
  return out;
}

/**
 * One statement per name. A name dated in several places takes its own page's date (IP_TOS(2const)
 * rather than a mention in IP_RECVTOS(2const)); among others, the earliest.
 */
export function statementPerName(all: CitedStatement[], compare: (a: string, b: string) => number): Map<string, CitedStatement> {
  const chosen = new Map<string, CitedStatement>();
  for (const s of all) {
    const have = chosen.get(s.name);
    const own = (x: CitedStatement) => x.page === `${x.name}(2const)`;
    if (!have || (own(s) && !own(have)) || (own(s) === own(have) && compare(s.version, have.version) < 0)) chosen.set(s.name, s);
  }
  return chosen;
}
