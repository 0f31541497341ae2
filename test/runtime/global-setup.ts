import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** A scratch project with the packed sockconst installed, as `npm install sockconst` would leave it. */
    consumer: string;
  }
}

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Builds dist/, packs it, and installs the tarball into a scratch project shared by every test file. */
export default function setup(project: TestProject): () => void {
  execFileSync(npm, ["run", "build"], { cwd: repoRoot, stdio: ["ignore", "ignore", "inherit"] });
  const consumer = mkdtempSync(join(tmpdir(), "sockconst-consumer-"));
  const packed = JSON.parse(
    execFileSync(npm, ["pack", "--json", "--ignore-scripts", "--pack-destination", consumer], {
      cwd: repoRoot,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }),
  ) as { filename: string }[];
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  // The package has no dependencies, so this installs from the tarball alone, without the network.
  execFileSync(npm, ["install", "--offline", "--no-audit", "--no-fund", join(consumer, packed[0]!.filename)], {
    cwd: consumer,
    stdio: ["ignore", "ignore", "inherit"],
  });
  project.provide("consumer", consumer);
  return () => rmSync(consumer, { recursive: true, force: true });
}
