/**
 * Include trees live in headers-cache/sysroots/<name>/usr/include (git-ignored): the BSD libcs, and
 * darwin-xnu, the macOS SDK headers zig's copy lacks. The committed manifest data/sysroots/<name>.json
 * says where each file came from and its checksum.
 *   npm run sysroot -- --verify                       check the staged trees against their manifests
 *   npm run sysroot -- --from ziglang/zig=<checkout>  rebuild trees from local checkouts of the
 *                                                     repositories the manifests name (at their commits);
 *                                                     a git directory (a bare mirror) is read at each
 *                                                     file's commit instead
 *   npm run sysroot -- --target darwin-xnu ...        only the named trees
 */
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { sysrootsDir } from "../lib/paths.js";
import { loadManifests } from "../lib/data.js";
import type { SysrootManifest } from "../schema/sysroot.js";
import type { Target } from "../schema/target.js";

const sha256 = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
export const treeDir = (target: string) => path.join(sysrootsDir, target, "usr", "include");

/** The trees (data/sysroots names) a target's include layers take headers from. */
export const sysrootLayers = (t: Target): string[] =>
  t.includes.filter((l) => l.source.startsWith("sysroot:")).map((l) => l.source.slice("sysroot:".length));

/** Whether every tree a target needs is staged here (a target given a real tree with --sysroot is). */
export const treesStaged = (t: Target, overrides: Map<string, string> = new Map()): boolean =>
  overrides.has(t.id) || sysrootLayers(t).every((name) => fs.existsSync(path.join(sysrootsDir, name)));

/** Files of a staged tree that are missing or differ from the manifest. */
export function verifyTree(m: SysrootManifest, include = treeDir(m.target)): string[] {
  const problems = m.files.flatMap((f) => {
    const file = path.join(include, f.path);
    if (!fs.existsSync(file)) return [`${f.path}: missing`];
    return sha256(file) === f.sha256 ? [] : [`${f.path}: sha256 differs from the manifest`];
  });
  if (m.license) {
    const file = path.join(sysrootsDir, m.target, m.license.path);
    if (!fs.existsSync(file)) problems.push(`${m.license.path}: missing`);
    else if (sha256(file) !== m.license.sha256) problems.push(`${m.license.path}: sha256 differs from the manifest`);
  }
  return problems;
}

const isGitDir = (dir: string) => fs.existsSync(path.join(dir, "HEAD")) && fs.existsSync(path.join(dir, "objects"));

/** A file's text from a checkout, or from a git directory at the manifest's commit. */
function readSource(checkout: string, f: { sourcePath: string; commit: string | null }): Buffer | string {
  if (isGitDir(checkout)) {
    if (!f.commit) return `${f.sourcePath}: no commit to read from the git directory ${checkout}`;
    try {
      return execFileSync("git", ["--git-dir", checkout, "show", `${f.commit}:${f.sourcePath}`], { maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "pipe"] });
    } catch {
      return `${f.sourcePath} is not in ${checkout} at ${f.commit}`;
    }
  }
  const from = path.join(checkout, f.sourcePath);
  return fs.existsSync(from) ? fs.readFileSync(from) : `${f.sourcePath} is not in the checkout ${checkout} (check out ${f.commit})`;
}

function rebuild(m: SysrootManifest, checkouts: Map<string, string>): string[] {
  const problems: string[] = [];
  const root = path.join(sysrootsDir, m.target);
  const copies = [
    ...m.files.map((f) => ({ ...f, to: path.join(treeDir(m.target), f.path) })),
    ...(m.license ? [{ ...m.license, to: path.join(root, m.license.path) }] : []),
  ];
  for (const f of copies) {
    const checkout = checkouts.get(f.repo);
    if (!checkout) {
      problems.push(`${f.path}: no checkout given for ${f.repo} (--from ${f.repo}=<dir>)`);
      continue;
    }
    const text = readSource(checkout, f);
    if (typeof text === "string") {
      problems.push(`${f.path}: ${text}`);
      continue;
    }
    fs.mkdirSync(path.dirname(f.to), { recursive: true });
    fs.writeFileSync(f.to, text);
  }
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(path.join(root, "README.md"), readme(m));
  return [...problems, ...verifyTree(m)];
}

/** A note left in the rebuilt tree: where its files come from (the manifest has the details). */
function readme(m: SysrootManifest): string {
  const sources = [...new Set(m.files.map((f) => `${f.repo}${f.commit ? ` at ${f.commit}` : ""}`))];
  return [
    `# ${m.target}`,
    "",
    `${m.release}. Rebuilt by \`npm run sysroot\` from data/sysroots/${m.target}.json, which lists every file`,
    "with the path and commit it was read at and its sha256; each file is a byte-exact copy.",
    "",
    ...(sources.length <= 3 ? sources.map((s) => `- ${s}`) : [`- ${sources.length} repository revisions (see the manifest)`]),
    "",
    ...(m.license ? [`Licence: ${m.license.name}, in ${m.license.path} (${m.license.repo} ${m.license.sourcePath}).`, ""] : []),
  ].join("\n");
}

function main(): number {
  const { values } = parseArgs({
    options: { verify: { type: "boolean", default: false }, from: { type: "string", multiple: true, default: [] }, target: { type: "string", multiple: true, default: [] } },
  });
  const checkouts = new Map(
    values.from.map((v) => {
      const [repo, dir] = v.split("=");
      if (!repo || !dir) throw new Error(`--from takes <owner/repo>=<dir>, got "${v}"`);
      return [repo, path.resolve(dir)] as const;
    }),
  );
  const manifests = loadManifests().filter((m) => values.target.length === 0 || values.target.includes(m.target));
  let bad = 0;
  for (const m of manifests) {
    const problems = values.verify ? verifyTree(m) : rebuild(m, checkouts);
    console.log(`${m.target} (${m.release}): ${m.files.length} files, ${problems.length ? `${problems.length} problems` : "all match the manifest"}`);
    for (const p of problems.slice(0, 20)) console.log(`  ${p}`);
    if (problems.length) bad++;
  }
  return bad ? 1 : 0;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) process.exit(main());
