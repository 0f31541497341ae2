import fs from "node:fs";
import path from "node:path";
import { cacheDir, dataDir } from "../lib/paths.js";
import { readJson } from "../lib/data.js";
import { sdkFacts, type SdkFacts } from "../schema/sdk-facts.js";
import { sdkReport, type SdkReport } from "../schema/sdk-report.js";
import { explanationsFile, type Explanation } from "../schema/second-source.js";

/** The committed SDK facts and report: read by the tests and the supplement, written by npm run harvest:sdk. */
export const factsDir = path.join(cacheDir, "win32-sdk");
export const factsPath = (id: string) => path.join(factsDir, `${id}.json`);
export const reportPath = path.join(factsDir, "report.json");
/** Why a name's value differs between mingw-w64 and the SDK, in data/second-source/explanations.json's form. */
export const explanationsPath = path.join(dataDir, "win32-sdk", "explanations.json");

export function readFacts(id: string): SdkFacts | undefined {
  const file = factsPath(id);
  return fs.existsSync(file) ? readJson(file, sdkFacts) : undefined;
}

export const readReport = (): SdkReport | undefined => (fs.existsSync(reportPath) ? readJson(reportPath, sdkReport) : undefined);

export const loadSdkExplanations = (): Explanation[] => readJson(explanationsPath, explanationsFile).explanations;

export const serialize = (x: unknown) => `${JSON.stringify(x, null, 1)}\n`;
