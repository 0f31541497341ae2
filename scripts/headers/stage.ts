/**
 * Stage every header package of data/headers.lock.json under headers-cache/sources/<package>/: fetch what
 * the lock names (checksums verified) and check what is already staged. `restage` extracts every package
 * again from its checked .deb; `update` first locks the newest versions Debian sid offers.
 * The command line is scripts/headers/main.ts (npm run headers); the harvest calls this first.
 */
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { dataDir, sourcesDir, workDir } from "../lib/paths.js";
import { loadLock } from "../lib/data.js";
import type { LockedPackage } from "../schema/lock.js";
import { DebianArchive } from "./apt.js";
import { markStaged, sha256, stagedVersion, verifyStaged } from "./staged.js";
import { zigVersion } from "../probe/zig.js";

/**
 * Debian's mingw-w64 packages link their headers into mingw-w64-common's /usr/share tree; staged apart,
 * those links would dangle, so point them at the package that holds the file.
 */
function relinkAcrossPackages(rootDir: string): void {
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isSymbolicLink() && !fs.existsSync(full)) {
        const link = fs.readlinkSync(full);
        const inSystem = path.posix.resolve("/" + path.relative(rootDir, path.dirname(full)), link);
        const holder = fs.readdirSync(sourcesDir).map((p) => path.join(sourcesDir, p, inSystem)).find((c) => fs.existsSync(c));
        if (!holder) continue;
        fs.unlinkSync(full);
        fs.symlinkSync(path.relative(path.dirname(full), holder), full);
      }
    }
  };
  walk(rootDir);
}

/** The package's .deb, downloaded unless a copy with the locked checksum is already here. */
function checkedDeb(archive: DebianArchive, pkg: LockedPackage): string {
  const dir = path.join(workDir, "debs");
  const cached = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.startsWith(`${pkg.name}_`) && f.endsWith(".deb")) : undefined;
  if (cached && pkg.sha256 && sha256(path.join(dir, cached)) === pkg.sha256) return path.join(dir, cached);
  if (cached) fs.rmSync(path.join(dir, cached));
  const deb = archive.download(pkg.name, pkg.version, dir);
  const sum = sha256(deb);
  if (pkg.sha256 && sum !== pkg.sha256) {
    fs.rmSync(deb);
    throw new Error(`${path.basename(deb)}: sha256 ${sum} differs from the lock's ${pkg.sha256}; refusing to use it`);
  }
  pkg.sha256 = sum;
  return deb;
}

function extract(deb: string, name: string): void {
  const dest = path.join(sourcesDir, name);
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  execFileSync("dpkg-deb", ["-x", deb, dest]);
}

export function stageHeaders(values: { update?: boolean; restage?: boolean; only?: ReadonlySet<string> } = {}): void {
  const lock = loadLock();
  const archive = new DebianArchive("sid");
  const extracted: LockedPackage[] = [];
  for (const pkg of lock) {
    if (pkg.registry === "npm") {
      // The compiler package is installed by `npm install`; only check that it is the locked one.
      const installed = zigVersion().npmVersion.split("+")[0];
      if (installed !== pkg.version) throw new Error(`${pkg.name} ${installed} is installed but the lock says ${pkg.version}: run npm ci`);
      continue;
    }
    if (values.only && !values.only.has(pkg.name)) continue;
    if (values.update) {
      const newest = archive.candidate(pkg.name);
      if (newest !== pkg.version) {
        console.log(`${pkg.name}: ${pkg.version} -> ${newest}`);
        pkg.version = newest;
        delete pkg.sha256;
      }
    }
    if (stagedVersion(pkg.name) === pkg.version && !values.restage) {
      verifyStaged(pkg.name, pkg.version, "npm run headers");
      continue;
    }
    extract(checkedDeb(archive, pkg), pkg.name);
    extracted.push(pkg);
  }
  if (extracted.length) {
    for (const pkg of lock) {
      const dir = path.join(sourcesDir, pkg.name);
      if (pkg.registry === "debian" && fs.existsSync(dir)) relinkAcrossPackages(dir);
    }
    for (const pkg of extracted) {
      markStaged(pkg.name, pkg.version);
      console.log(`staged ${pkg.name} ${pkg.version}`);
    }
  }
  const lockFile = path.join(dataDir, "headers.lock.json");
  const text = `${JSON.stringify({ packages: lock }, null, 2)}\n`;
  if (fs.readFileSync(lockFile, "utf8") !== text) fs.writeFileSync(lockFile, text);
}
