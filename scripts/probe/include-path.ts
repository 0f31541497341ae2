import fs from "node:fs";
import path from "node:path";
import type { Target } from "../schema/target.js";
import type { LockedPackage } from "../schema/lock.js";
import { sourcesDir, sysrootsDir } from "../lib/paths.js";
import { zigBuiltinInclude, zigLibcInclude, zigPackage } from "./zig.js";
import { verifyStaged } from "../headers/staged.js";
import { verifySysroot } from "../headers/sysroot.js";

export interface IncludeRoot {
  dir: string;
  /** Package name from the lock, or `sysroot:<target>`. */
  source: string;
  /** The package holding a file, for a folder several installed packages share. */
  owner?: (realFile: string) => string | undefined;
}

export interface CompilerSetup {
  args: string[];
  /** Every folder a header can come from, to attribute each definition to its package. */
  roots: IncludeRoot[];
}


/**
 * The flags that make zig cc see a target's headers. zig always searches its own libc headers, so
 * layered packages go in with -I, which clang searches first: the layers win, zig's copy stays the
 * fallback, as Debian's own /usr/include would be laid out.
 */
export function compilerSetup(t: Target, lock: LockedPackage[], sysroots = new Map<string, string>()): CompilerSetup {
  const args = ["-target", t.triple];
  const roots: IncludeRoot[] = [];
  if (t.sysroot) args.push("-nostdinc", "-isystem", zigBuiltinInclude());
  for (const layer of t.includes) {
    const base = layerRoot(t, layer.source, lock, sysroots);
    for (const dir of layer.dirs) {
      const full = path.join(base, dir);
      if (!fs.existsSync(full)) {
        throw new Error(`${t.id}: include folder ${dir} is missing from ${layer.source} (${base}); run \`npm run headers\``);
      }
      args.push("-I", full);
      roots.push({ dir: full, source: layer.source });
    }
  }
  for (const d of t.defines) args.push(`-D${d}`);
  roots.push({ dir: zigBuiltinInclude(), source: zigPackage });
  for (const d of fs.readdirSync(zigLibcInclude())) roots.push({ dir: path.join(zigLibcInclude(), d), source: zigPackage });
  return { args, roots };
}

/** The folder a layer's source is staged in, checked against its record before it is used. */
function layerRoot(t: Target, source: string, lock: LockedPackage[], sysroots: Map<string, string>): string {
  if (source.startsWith("sysroot:")) {
    const tree = source.slice("sysroot:".length);
    const given = sysroots.get(t.id);
    if (given !== undefined) {
      if (!fs.existsSync(given)) throw new Error(`${t.id}: --sysroot ${given} does not exist`);
      return given;
    }
    const dir = path.join(sysrootsDir, tree);
    verifySysroot(tree, `${t.id}`);
    return dir;
  }
  const pkg = lock.find((p) => p.name === source);
  if (!pkg) throw new Error(`${t.id}: include source ${source} is not in data/headers.lock.json`);
  verifyStaged(pkg.name, pkg.version, t.id);
  return path.join(sourcesDir, pkg.name);
}

/**
 * A header's path as an #include names it (relative to the folder the compiler found it in) and the
 * package that holds the file. Debian links arch headers and mingw headers across folders and
 * packages, so the name comes from the path searched and the package from where the file really is.
 */
export function attribute(file: string, roots: IncludeRoot[]): { header: string; source: string } | undefined {
  let memo = attributed.get(roots);
  if (!memo) attributed.set(roots, (memo = new Map()));
  if (!memo.has(file)) memo.set(file, locate(file, roots));
  return memo.get(file);
}

/** Thousands of definitions come from a few hundred files: each file is located once per set of roots. */
const attributed = new WeakMap<IncludeRoot[], Map<string, { header: string; source: string } | undefined>>();

function locate(file: string, roots: IncludeRoot[]): { header: string; source: string } | undefined {
  let best: IncludeRoot | undefined;
  for (const r of roots) {
    if (file.startsWith(r.dir + path.sep) && (!best || r.dir.length > best.dir.length)) best = r;
  }
  if (!best) return undefined;
  const header = path.relative(best.dir, file).split(path.sep).join("/");
  const real = fs.realpathSync(file);
  const holder = path.relative(sourcesDir, real).split(path.sep)[0];
  const source = real.startsWith(sourcesDir + path.sep) && holder ? holder : (best.owner?.(real) ?? best.source);
  return { header, source };
}
