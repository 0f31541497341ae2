import fs from "node:fs";
import path from "node:path";
import { cacheDir } from "../lib/paths.js";
import { readJson } from "../lib/data.js";
import { harvestFile, type HarvestFile } from "../schema/harvest.js";

export const harvestPath = (id: string) => path.join(cacheDir, `${id}.json`);

export function readCommitted(id: string): HarvestFile | undefined {
  const file = harvestPath(id);
  return fs.existsSync(file) ? readJson(file, harvestFile) : undefined;
}

export const serializeHarvest = (h: HarvestFile) => `${JSON.stringify(h, null, 1)}\n`;
