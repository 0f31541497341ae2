import fs from "node:fs";
import path from "node:path";
import { sourcesDir } from "../lib/paths.js";

/** A staged package's folder records the version it holds, so a stale one is never used unknowingly. */
const marker = (name: string) => path.join(sourcesDir, name, ".sockconst-version");

export const stagedVersion = (name: string): string | undefined =>
  fs.existsSync(marker(name)) ? fs.readFileSync(marker(name), "utf8").trim() : undefined;

export const markStaged = (name: string, version: string) => fs.writeFileSync(marker(name), `${version}\n`);
