/**
 * Fetch a locked suite package into headers-cache/sources/<name>@<suite>/ and check it like the main
 * staging does: the .deb's checksum against the lock, then the extracted tree against its record.
 */
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { sourcesDir, workDir } from "../lib/paths.js";
import { markStaged, sha256, stagedVersion, verifyStaged } from "../headers/staged.js";
import type { LockedSuitePackage } from "../schema/history.js";
import { archiveFor } from "./suites.js";

export const stagedName = (p: { name: string; suite: string }) => `${p.name}@${p.suite}`;
export const stagedDir = (p: { name: string; suite: string }) => path.join(sourcesDir, stagedName(p));

/** Man pages live outside any include folder: their record covers every file. */
const everything = (p: { name: string }) => p.name.startsWith("manpages");

/** Download one exact version and return its checksum (for locking a version first seen). */
export function downloadSum(name: string, suite: string, version: string): { deb: string; sum: string } {
  const dir = path.join(workDir, "debs-history", suite);
  const deb = archiveFor(suite).download(name, version, dir);
  return { deb, sum: sha256(deb) };
}

export function stageSuitePackage(p: LockedSuitePackage): void {
  const name = stagedName(p);
  if (stagedVersion(name) === p.version) {
    verifyStaged(name, p.version, "npm run history");
    return;
  }
  const dir = path.join(workDir, "debs-history", p.suite);
  const cached = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.startsWith(`${p.name}_`) && f.endsWith(".deb")) : undefined;
  let deb = cached ? path.join(dir, cached) : undefined;
  if (deb && sha256(deb) !== p.sha256) {
    fs.rmSync(deb);
    deb = undefined;
  }
  try {
    deb ??= archiveFor(p.suite).download(p.name, p.version, dir);
  } catch (error) {
    // A suite that moved on no longer serves the locked version: the history's own update locks what it serves now.
    throw new Error(`${(error as Error).message.split("\n")[0]}\nIf ${p.suite} has moved on, run \`npm run history -- --update\` to lock what it serves now.`);
  }
  const sum = sha256(deb);
  if (sum !== p.sha256) {
    fs.rmSync(deb);
    throw new Error(`${path.basename(deb)} (${p.suite}): sha256 ${sum} differs from data/history/linux.json's ${p.sha256}; refusing to use it`);
  }
  const dest = stagedDir(p);
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  execFileSync("dpkg-deb", ["-x", deb, dest]);
  markStaged(name, p.version, everything(p));
  console.log(`staged ${name} ${p.version}`);
}
