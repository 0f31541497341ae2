/**
 * Include trees no registry ships are committed under headers-cache/sysroots/<name>/usr/include, with
 * their licence beside them: the BSD libcs, and darwin-xnu, the macOS SDK headers zig's copy lacks. The
 * manifest data/sysroots/<name>.json says where each file came from and its checksum; the harvest checks
 * every tree against it before use.
 *   npm run sysroot -- --verify                       check the staged trees against their manifests
 *   npm run sysroot -- --from ziglang/zig=<checkout>  rebuild trees from local checkouts of the
 *                                                     repositories the manifests name (at their commits);
 *                                                     a git directory (a bare mirror) is read at each
 *                                                     file's commit instead
 *   npm run sysroot -- --target darwin-xnu ...        only the named trees
 * A tree whose licence forbids publishing it (win32-sdk: the Windows SDK) is never committed: its manifest
 * says `redistributable: false`, and it is rebuilt into the git-ignored headers-cache/scratch/<name>/ from a
 * checkout the maintainer has, with the files at their manifest paths (no usr/include).
 */
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { repoRelative, sysrootsDir, workDir } from "../lib/paths.js";
import { loadManifests } from "../lib/data.js";
import type { SysrootManifest } from "../schema/sysroot.js";
import { sha256 } from "./staged.js";

type Tree = Pick<SysrootManifest, "target" | "redistributable">;
/** The tree's root: the licence, README and (for a published tree) usr/include live here. */
export const treeRoot = (m: Tree) => path.join(m.redistributable ? sysrootsDir : workDir, m.target);
/** The folder manifest paths are relative to. */
export const treeDir = (m: Tree) => (m.redistributable ? path.join(treeRoot(m), "usr", "include") : treeRoot(m));

/** How to get a tree back: a committed one from git, one that may not be committed from its repository. */
export function stageHint(m: SysrootManifest): string {
  if (m.redistributable) return `restore it with \`git checkout -- headers-cache/sysroots/${m.target}\``;
  const repos = [...new Set(m.files.map((f) => f.repo))];
  const at = [...new Set(m.files.map((f) => `https://github.com/${f.repo} at ${f.commit ?? f.rcsId}`))];
  return (
    `its licence forbids committing it, so stage it from a checkout or bare git mirror of ${at.join(", ")}: ` +
    `\`npm run sysroot -- ${repos.map((r) => `--from ${r}=<dir>`).join(" ")} --target ${m.target}\``
  );
}

function listFiles(dir: string, prefix = ""): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** Files of a tree that are missing, differ from the manifest, or are not in it (and could shadow a header). */
export function verifyTree(m: SysrootManifest, include = treeDir(m)): string[] {
  const listed = new Set(m.files.map((f) => f.path));
  return [
    ...m.files.flatMap((f) => {
      const file = path.join(include, f.path);
      if (!fs.existsSync(file)) return [`${f.path}: missing`];
      return sha256(file) === f.sha256 ? [] : [`${f.path}: sha256 differs from the manifest`];
    }),
    ...listFiles(include)
      // The rebuild's own note sits at the root of a tree that has no usr/include.
      .filter((f) => !listed.has(f) && (m.redistributable || f !== "README.md"))
      .map((f) => `${f}: not in the manifest`),
    ...(m.license ? licenseProblems(m, m.license) : []),
  ];
}

function licenseProblems(m: SysrootManifest, license: { path: string; sha256: string }): string[] {
  const file = path.join(treeRoot(m), license.path);
  if (!fs.existsSync(file)) return [`${license.path}: missing`];
  return sha256(file) === license.sha256 ? [] : [`${license.path}: sha256 differs from the manifest`];
}

const verified = new Set<string>();

/** Throws, naming the files, unless the committed tree matches its manifest; once per process. */
export function verifySysroot(tree: string, who: string): void {
  if (verified.has(tree)) return;
  const m = loadManifests().find((x) => x.target === tree);
  if (!m) throw new Error(`${who}: no manifest data/sysroots/${tree}.json for the include tree sysroot:${tree}`);
  const problems = verifyTree(m);
  if (problems.length) {
    throw new Error(
      `${who}: the include tree ${repoRelative(treeRoot(m))} does not match data/sysroots/${tree}.json:\n  ${problems.slice(0, 10).join("\n  ")}` +
        `${problems.length > 10 ? `\n  … (+${problems.length - 10})` : ""}\n${stageHint(m)}`,
    );
  }
  verified.add(tree);
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
  const root = treeRoot(m);
  // Scratch space nobody commits: start empty, so no file of an older manifest is left to shadow a header.
  if (!m.redistributable) fs.rmSync(root, { recursive: true, force: true });
  const copies = [
    ...m.files.map((f) => ({ ...f, to: path.join(treeDir(m), f.path) })),
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
    ...(m.licenceTerms && !m.redistributable
      ? [`Not redistributable (${m.licenceTerms.title}): never commit these files or publish them; only the manifest is committed.`, ""]
      : []),
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
    // A fresh clone cannot have a tree that may not be committed: unless asked for by name, it is not an error.
    const optional = !m.redistributable && !values.target.includes(m.target);
    const absent = values.verify ? !fs.existsSync(treeRoot(m)) : !m.files.some((f) => checkouts.has(f.repo));
    if (optional && absent) {
      console.log(`${m.target} (${m.release}): not staged, as expected on a fresh clone; ${stageHint(m)}`);
      continue;
    }
    const problems = values.verify ? verifyTree(m) : rebuild(m, checkouts);
    console.log(`${m.target} (${m.release}): ${m.files.length} files, ${problems.length ? `${problems.length} problems` : "all match the manifest"}`);
    for (const p of problems.slice(0, 20)) console.log(`  ${p}`);
    if (problems.length) bad++;
  }
  return bad ? 1 : 0;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) process.exit(main());
