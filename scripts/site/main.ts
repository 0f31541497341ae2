/**
 * npm run site: the lookup page, built from the catalog into dist/site/ (also run by `npm run build`).
 * Opened from disk it needs no server and no network: the data files are scripts, not JSON.
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { runMain } from "../lib/main.js";
import { repoRelative, siteDir } from "../lib/paths.js";
import { buildSite } from "./build.js";
import { since } from "../../src/history.js";

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main(): Promise<number> {
  const index = await buildSite(siteDir, since);
  const rows = fs
    .readdirSync(siteDir)
    .sort()
    .map((file) => {
      const bytes = fs.readFileSync(path.join(siteDir, file));
      return `  ${file.padEnd(16)} ${kib(bytes.length).padStart(10)} raw ${kib(gzipSync(bytes, { level: 9 }).length).padStart(10)} gzipped`;
    });
  const history = index.hasHistory ? "with history" : "no generated/history.ts: built without the since section";
  console.log(`${repoRelative(siteDir)}/: ${index.names.length} names on ${index.platforms.length} platforms (${history})\n${rows.join("\n")}`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) runMain(main);
