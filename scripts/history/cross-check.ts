/**
 * CPython's availability notes against the committed history: every difference must be explained in
 * data/history/explanations.json, and an explanation that no difference uses any more is stale.
 */
import path from "node:path";
import { dataDir } from "../lib/paths.js";
import { loadReference, readJson } from "../lib/data.js";
import { historyExplanations, type HistoryExplanation, type HistoryFile } from "../schema/history.js";
import { noteDifferences, type NoteDifference } from "./cpython.js";

export const explanationsPath = path.join(dataDir, "history", "explanations.json");
export const loadHistoryExplanations = (): HistoryExplanation[] => readJson(explanationsPath, historyExplanations).explanations;

const key = (x: { name: string; note: string; os: string }) => `${x.os} ${x.name} ${x.note}`;

export function crossCheck(histories: HistoryFile[], explanations = loadHistoryExplanations()) {
  const differences = noteDifferences(loadReference(), histories);
  const explained = new Set(explanations.map(key));
  const used = new Set(differences.map(key));
  return {
    notes: loadReference().filter((e) => e.availability).length,
    differences,
    unexplained: differences.filter((d) => !explained.has(key(d))) as NoteDifference[],
    stale: explanations.filter((e) => !used.has(key(e))),
  };
}
