import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { cacheDir, dataDir, generatedDir, root, workDir } from "../lib/paths.js";

/**
 * generated/ is a function of the committed harvests, the family and target records and the generator's
 * code. The digest of both sides at the last generation lets a run where nothing changed skip the
 * generator, whose libraries (TypeScript, ts-morph, prettier) alone take seconds to load.
 */
const record = path.join(workDir, "generated.digest");

function files(dir: string, keep: (f: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name), keep) : keep(e.name) ? [path.join(dir, e.name)] : []))
    .sort();
}

function digest(list: string[]): string {
  const hash = crypto.createHash("sha256");
  for (const f of list) hash.update(path.relative(root, f)).update("\0").update(fs.readFileSync(f)).update("\0");
  return hash.digest("hex");
}

const json = (f: string) => f.endsWith(".json");
const current = () =>
  [
    digest([
      ...files(cacheDir, json).filter((f) => path.dirname(f) === cacheDir),
      ...files(path.join(cacheDir, "layouts"), json),
      ...files(path.join(cacheDir, "history"), json),
      ...files(path.join(dataDir, "families"), json),
      ...files(path.join(dataDir, "targets"), json),
      ...files(path.join(root, "scripts", "generate"), () => true),
      path.join(root, "src", "family.ts"),
      path.join(root, "src", "packed.ts"),
      path.join(root, "src", "history-packed.ts"),
    ]),
    digest([...files(generatedDir, () => true), path.join(root, "package.json")]),
  ].join("\n");

/** Whether generated/ is what the generator made from the current inputs, without running it. */
export const generatedUpToDate = (): boolean => fs.existsSync(record) && fs.readFileSync(record, "utf8") === current();

/** After generating: remember inputs and outputs. */
export function recordGenerated(): void {
  fs.mkdirSync(path.dirname(record), { recursive: true });
  fs.writeFileSync(record, current());
}
