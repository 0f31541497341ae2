/** headers-cache/history/<os>.json: where each OS's history is written, and how it is read back. */
import fs from "node:fs";
import path from "node:path";
import { cacheDir } from "../lib/paths.js";
import { readJson } from "../lib/data.js";
import { historyFile, type HistoryFile, type HistoryOs } from "../schema/history.js";

export const historyDir = path.join(cacheDir, "history");
export const historyPath = (os: HistoryOs) => path.join(historyDir, `${os}.json`);

export const serializeHistory = (h: HistoryFile) => `${JSON.stringify(historyFile.parse(h), null, 1)}\n`;

export function readHistory(os: HistoryOs): HistoryFile | undefined {
  const file = historyPath(os);
  return fs.existsSync(file) ? readJson(file, historyFile) : undefined;
}

export function readAllHistories(): HistoryFile[] {
  if (!fs.existsSync(historyDir)) return [];
  return fs
    .readdirSync(historyDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => readJson(path.join(historyDir, f), historyFile));
}
