/** Writes the lookup page into a folder: static files, the two data files and the bundled page script. */
import fs from "node:fs";
import path from "node:path";
import * as runtime from "../../src/index.js";
import { loadOptions, loadTargets } from "../lib/data.js";
import { root } from "../lib/paths.js";
import { readCommitted } from "../harvest/committed.js";
import { bundlePage } from "./bundle.js";
import { buildSiteData } from "./data.js";
import { detailsScript, indexScript } from "./files.js";
import type { SinceLookup } from "./history.js";
import type { SiteIndex } from "../../site/src/model.js";

const sourceDir = path.join(root, "site");

/** Static files copied as they are. */
const STATIC = ["index.html", "style.css"];

export async function buildSite(outDir: string, since: SinceLookup | undefined): Promise<SiteIndex> {
  const targets = new Map(loadTargets().map((t) => [t.id, t.os]));
  const { index, details } = buildSiteData<runtime.PlatformId>({
    runtime,
    osOf: (id) => {
      const os = targets.get(id);
      if (os === undefined) throw new Error(`platform ${id} has no data/targets/${id}.json`);
      return os;
    },
    harvest: (id) => {
      const file = readCommitted(id);
      if (file === undefined) throw new Error(`headers-cache/${id}.json is missing: run \`npm run harvest -- --target ${id}\``);
      return file;
    },
    options: loadOptions(),
    since,
  });
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  for (const file of STATIC) fs.copyFileSync(path.join(sourceDir, file), path.join(outDir, file));
  fs.writeFileSync(path.join(outDir, "data-index.js"), indexScript(index));
  fs.writeFileSync(path.join(outDir, "data-details.js"), detailsScript(details));
  await bundlePage(path.join(sourceDir, "src", "main.ts"), path.join(outDir, "app.js"));
  return index;
}
