/**
 * Lay out an xnu tag's BSD headers under headers-cache/sources/xnu@<tag>/ from a git copy of the
 * public repository (SOCKCONST_XNU_GIT names its git directory), checked like the Debian packages:
 * the tag must still be the recorded commit, its release must follow the record's rule, and the tree
 * is compared with what was extracted before each use.
 */
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { sourcesDir } from "../lib/paths.js";
import { markStaged, stagedVersion, verifyStaged } from "../headers/staged.js";
import type { DarwinHistoryRecord } from "../schema/history.js";

type Tag = DarwinHistoryRecord["tags"][number];

export const xnuName = (t: Tag) => `xnu@${t.tag}`;
export const xnuDir = (t: Tag) => path.join(sourcesDir, xnuName(t));

function gitDir(record: DarwinHistoryRecord): string {
  const dir = process.env.SOCKCONST_XNU_GIT;
  if (!dir || !fs.existsSync(dir)) {
    throw new Error(
      `the xnu headers are not staged and SOCKCONST_XNU_GIT does not name a git copy of ${record.repository}: ` +
        "clone it (a bare clone with its tags is enough) and set SOCKCONST_XNU_GIT to its git directory",
    );
  }
  return dir;
}

const git = (dir: string, args: string[]) => execFileSync("git", ["--git-dir", dir, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });

/** The newest macOS release any availability annotation of the tree names: the release it was published for. */
export function newestAnnotation(text: string): string | undefined {
  const found = new Set<string>();
  const re = /macosx?\((\d+)\.(\d+)|__MAC_(\d+)_(\d+)\b|MAC_OS_(?:X_)?VERSION_(\d+)_(\d+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [major, minor] = [m[1] ?? m[3] ?? m[5], m[2] ?? m[4] ?? m[6]];
    found.add(`${Number(major)}.${Number(minor)}`);
  }
  const sorted = [...found].sort((a, b) => {
    const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
    return x[0]! - y[0]! || x[1]! - y[1]!;
  });
  return sorted[sorted.length - 1];
}

export function stageXnuTag(record: DarwinHistoryRecord, t: Tag): void {
  const name = xnuName(t);
  if (stagedVersion(name) === t.commit) {
    verifyStaged(name, t.commit, "npm run history");
    return;
  }
  const dir = gitDir(record);
  const commit = git(dir, ["rev-parse", `${t.tag}^{commit}`]).trim();
  if (commit !== t.commit) throw new Error(`${record.repository} tag ${t.tag} is commit ${commit}, not ${t.commit} as data/history/darwin.json records`);
  const annotated = newestAnnotation(git(dir, ["grep", "-h", "-o", "-E", "macosx?\\([0-9]+\\.[0-9]+|__MAC_[0-9]+_[0-9]+|MAC_OS_(X_)?VERSION_[0-9]+_[0-9]+", commit]));
  if (annotated !== t.macos) throw new Error(`${t.tag}: its newest availability annotation names macOS ${annotated}, not ${t.macos} as recorded`);
  const dest = xnuDir(t);
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  const archive = execFileSync("git", ["--git-dir", dir, "archive", commit, ...record.dirs], { maxBuffer: 1 << 30 });
  execFileSync("tar", ["-x", "-C", dest], { input: archive });
  markStaged(name, t.commit, true);
  console.log(`staged ${name} (${t.commit.slice(0, 12)}, macOS ${t.macos})`);
}

/** Whether the darwin history can be harvested here: every tag staged, or a git copy to stage them from. */
export const xnuAvailable = (record: DarwinHistoryRecord): boolean =>
  record.tags.every((t) => stagedVersion(xnuName(t)) === t.commit) || (process.env.SOCKCONST_XNU_GIT !== undefined && fs.existsSync(process.env.SOCKCONST_XNU_GIT));
