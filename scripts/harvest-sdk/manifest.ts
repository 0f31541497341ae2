/**
 * npm run harvest:sdk-manifest -- --from KNSoft/WinSDK=<checkout or bare git mirror> [--commit <sha>]
 * Lists in data/sysroots/win32-sdk.json every SDK file the Winsock probe reads on any of the three
 * targets, with its checksum: the SDK's include folders are unpacked whole into scratch space, the probe's
 * headers preprocessed against them, and the files entered recorded. The manifest's other fields (release,
 * licence terms) are kept; run it when moving to another SDK, then `npm run sysroot` and `npm run harvest:sdk`.
 */
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { dataDir, workDir } from "../lib/paths.js";
import { loadTargets, loadUnits } from "../lib/data.js";
import { runMain } from "../lib/main.js";
import { writeAtomic } from "../lib/write-atomic.js";
import { sha256 } from "../headers/staged.js";
import { sysrootManifest } from "../schema/sysroot.js";
import { sdkIncludeDirs, sdkTree, sdkTriples } from "./recipe.js";
import { sdkCompile } from "./harvest.js";
import { filesRead, within } from "./files-read.js";

const repo = "KNSoft/WinSDK";
/** The SDK repository keeps each include folder under Include/. */
const sourcePath = (p: string) => `Include/${p}`;

function listFiles(dir: string, prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/**
 * The whole of the SDK's include folders at `commit`, from a bare mirror or a checkout. A mirror may lack
 * some large blobs (MsHTML.h): those files are left out and named, and the probe stops if it needs one.
 */
function unpack(from: string, commit: string, to: string): string[] {
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(to, { recursive: true });
  const bare = fs.existsSync(path.join(from, "HEAD")) && fs.existsSync(path.join(from, "objects"));
  if (!bare) {
    for (const d of sdkIncludeDirs) fs.cpSync(path.join(from, sourcePath(d)), path.join(to, d), { recursive: true });
    return [];
  }
  const git = (args: string[], input?: string) => execFileSync("git", ["--git-dir", from, ...args], { input, maxBuffer: 1 << 30 });
  const entries = git(["ls-tree", "-r", "-z", commit, "--", ...sdkIncludeDirs.map(sourcePath)])
    .toString("utf8")
    .split("\0")
    .filter(Boolean)
    .map((e) => ({ sha: e.split(/\s+/)[2]!, path: e.slice(e.indexOf("\t") + 1).slice("Include/".length) }));
  const out = git(["cat-file", "--batch"], entries.map((e) => e.sha).join("\n") + "\n");
  const missing: string[] = [];
  let at = 0;
  for (const e of entries) {
    const eol = out.indexOf(10, at);
    const head = out.subarray(at, eol).toString("utf8").split(" ");
    at = eol + 1;
    if (head[1] === "missing") {
      missing.push(e.path);
      continue;
    }
    const size = Number(head[2]);
    fs.mkdirSync(path.dirname(path.join(to, e.path)), { recursive: true });
    fs.writeFileSync(path.join(to, e.path), out.subarray(at, at + size));
    at += size + 1;
  }
  return missing;
}

runMain(async () => {
  const { values } = parseArgs({ options: { from: { type: "string" }, commit: { type: "string" } } });
  const file = path.join(dataDir, "sysroots", `${sdkTree}.json`);
  if (!fs.existsSync(file)) throw new Error(`write data/sysroots/${sdkTree}.json's release and licence fields first; this command fills in its files`);
  const base = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown> & { files?: { commit: string }[] };
  const [name, from] = (values.from ?? "").split("=");
  if (name !== repo || !from) throw new Error(`--from ${repo}=<checkout or bare git mirror> is required`);
  const commit = values.commit ?? base.files?.[0]?.commit;
  if (!commit || !/^[0-9a-f]{40}$/.test(commit)) throw new Error("--commit <40 hex digits> is required (the manifest names none yet)");
  const full = path.join(workDir, `${sdkTree}-full`);
  const missing = unpack(path.resolve(from), commit, full);
  if (missing.length) console.warn(`! not in ${from} (left out): ${missing.join(", ")}`);
  const all = listFiles(full);
  const units = loadUnits();
  const read = new Set<string>();
  for (const t of loadTargets().filter((x) => x.id in sdkTriples)) {
    const { unit, cc1 } = sdkCompile(t, units, full, all);
    for (const f of within(full, await filesRead(cc1, unit.headers))) read.add(f);
  }
  const files = [...read].sort().map((p) => {
    const at = path.join(full, p);
    return { path: p, repo, sourcePath: sourcePath(p), commit, sha256: sha256(at), bytes: fs.statSync(at).size };
  });
  const manifest = sysrootManifest.parse({ ...base, files });
  writeAtomic(file, `${JSON.stringify({ ...base, files }, null, 2)}\n`);
  fs.rmSync(full, { recursive: true, force: true });
  for (const f of fs.readdirSync(workDir).filter((x) => x.startsWith(`${path.basename(full)}.`))) fs.rmSync(path.join(workDir, f));
  console.log(`data/sysroots/${sdkTree}.json: ${manifest.files.length} files of ${repo} at ${commit}`);
  return 0;
});
