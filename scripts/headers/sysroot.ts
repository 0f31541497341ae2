/**
 * BSD include trees live in headers-cache/sysroots/<target>/usr/include (git-ignored); the committed
 * manifest data/sysroots/<target>.json says where each file came from and its checksum.
 *   npm run sysroot -- --verify                       check the staged trees against their manifests
 *   npm run sysroot -- --from ziglang/zig=<checkout>  rebuild trees from local checkouts of the
 *                                                     repositories the manifests name (at their commits)
 */
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { parseArgs } from "node:util";
import { sysrootsDir } from "../lib/paths.js";
import { loadManifests } from "../lib/data.js";
import type { SysrootManifest } from "../schema/sysroot.js";

const sha256 = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
export const treeDir = (target: string) => path.join(sysrootsDir, target, "usr", "include");

/** Files of a staged tree that are missing or differ from the manifest. */
export function verifyTree(m: SysrootManifest, include = treeDir(m.target)): string[] {
  return m.files.flatMap((f) => {
    const file = path.join(include, f.path);
    if (!fs.existsSync(file)) return [`${f.path}: missing`];
    return sha256(file) === f.sha256 ? [] : [`${f.path}: sha256 differs from the manifest`];
  });
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
