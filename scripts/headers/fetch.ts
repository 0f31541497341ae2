/**
 * Stage every header package of data/headers.lock.json under headers-cache/sources/<package>/.
 *   npm run headers                fetch what the lock names (checksums verified), check what is staged
 *   npm run headers -- --restage   extract every package again from its checked .deb
 *   npm run headers -- --update    lock the newest versions Debian sid offers, then fetch
 */
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { dataDir, sourcesDir, workDir } from "../lib/paths.js";
import { loadLock } from "../lib/data.js";
import { runMain } from "../lib/main.js";
import type { LockedPackage } from "../schema/lock.js";
import { DebianArchive } from "./apt.js";
import { markStaged, sha256, stagedProblems, stagedVersion } from "./staged.js";
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

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { update: { type: "boolean", default: false }, restage: { type: "boolean", default: false } } });
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
    if (values.update) {
      const newest = archive.candidate(pkg.name);
      if (newest !== pkg.version) {
        console.log(`${pkg.name}: ${pkg.version} -> ${newest}`);
        pkg.version = newest;
        delete pkg.sha256;
      }
    }
    if (stagedVersion(pkg.name) === pkg.version && !values.restage) {
      const problems = stagedProblems(pkg.name);
      if (problems.length === 0) continue;
      throw new Error(
        `the staged headers of ${pkg.name} ${pkg.version} were changed after staging:\n  ${problems.slice(0, 10).join("\n  ")}\n` +
          "run `npm run headers -- --restage` to extract them again from the checked package",
      );
    }
    extract(checkedDeb(archive, pkg), pkg.name);
    extracted.push(pkg);
  }
  if (extracted.length) {
    for (const pkg of lock) if (pkg.registry === "debian") relinkAcrossPackages(path.join(sourcesDir, pkg.name));
    for (const pkg of extracted) {
      markStaged(pkg.name, pkg.version);
      console.log(`staged ${pkg.name} ${pkg.version}`);
    }
  }
  fs.writeFileSync(path.join(dataDir, "headers.lock.json"), `${JSON.stringify({ packages: lock }, null, 2)}\n`);
  return 0;
}

runMain(main);
