/**
 * BSD include trees live in headers-cache/sysroots/<target>/usr/include (git-ignored); the committed
 * manifest data/sysroots/<target>.json says where each file came from and its checksum.
 *   npm run sysroot -- --verify                       check the staged trees against their manifests
 *   npm run sysroot -- --from ziglang/zig=<checkout>  rebuild trees from local checkouts of the
 *                                                     repositories the manifests name (at their commits)
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { sysrootsDir } from "../lib/paths.js";
import { loadManifests } from "../lib/data.js";
import type { SysrootManifest } from "../schema/sysroot.js";
import { sha256 } from "./staged.js";

export const treeDir = (target: string) => path.join(sysrootsDir, target, "usr", "include");

function listFiles(dir: string, prefix = ""): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** Files of a tree that are missing, differ from the manifest, or are not in it (and could shadow a header). */
export function verifyTree(m: SysrootManifest, include = treeDir(m.target)): string[] {
  const listed = new Set(m.files.map((f) => f.path));
  return [
    ...m.files.flatMap((f) => {
      const file = path.join(include, f.path);
      if (!fs.existsSync(file)) return [`${f.path}: missing`];
      return sha256(file) === f.sha256 ? [] : [`${f.path}: sha256 differs from the manifest`];
    }),
    ...listFiles(include)
      .filter((f) => !listed.has(f))
      .map((f) => `${f}: not in the manifest`),
  ];
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
      `${who}: the include tree headers-cache/sysroots/${tree} does not match data/sysroots/${tree}.json:\n  ${problems.slice(0, 10).join("\n  ")}` +
        `${problems.length > 10 ? `\n  … (+${problems.length - 10})` : ""}\nrestore it with \`git checkout -- headers-cache/sysroots/${tree}\``,
    );
  }
  verified.add(tree);
}

function rebuild(m: SysrootManifest, checkouts: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const f of m.files) {
    const checkout = checkouts.get(f.repo);
    if (!checkout) {
      problems.push(`${f.path}: no checkout given for ${f.repo} (--from ${f.repo}=<dir>)`);
      continue;
    }
    const from = path.join(checkout, f.sourcePath);
    if (!fs.existsSync(from)) {
      problems.push(`${f.path}: ${f.sourcePath} is not in the ${f.repo} checkout (check out ${f.commit})`);
      continue;
    }
    const to = path.join(treeDir(m.target), f.path);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
  }
  return [...problems, ...verifyTree(m)];
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
