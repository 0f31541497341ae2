import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import type { Target } from "../schema/target.js";
import type { HarvestFile } from "../schema/harvest.js";
import { root, workDir } from "../lib/paths.js";
import { zigVersion } from "../probe/zig.js";
import type { HarvestContext, TargetHarvest } from "./harvest-target.js";
import { factsPath } from "../harvest-sdk/committed.js";

/**
 * A harvest is a function of its inputs: the compiler, the target and unit records, the families, the
 * exact header packages and trees (already checked against their records) and the harvest's own code.
 * When none changed, the previous result stands and nothing is compiled. Kept in the git-ignored scratch
 * folder; `--fresh` ignores it.
 */
const dir = path.join(workDir, "harvest-cache");
const codeFiles = ["scripts/probe", "scripts/harvest", "src/family.ts", "scripts/schema/harvest.ts"];

let codeDigest: string | undefined;
function code(): string {
  if (codeDigest === undefined) {
    const hash = crypto.createHash("sha256");
    const files = codeFiles.flatMap((p) => {
      const full = path.join(root, p);
      return fs.statSync(full).isDirectory() ? fs.readdirSync(full).sort().map((f) => path.join(full, f)) : [full];
    });
    for (const f of files) hash.update(f).update(fs.readFileSync(f));
    codeDigest = hash.digest("hex");
  }
  return codeDigest;
}

export function inputKey(t: Target, ctx: HarvestContext): string {
  const layers = t.includes.map((l) => {
    if (l.source.startsWith("sysroot:")) {
      const tree = l.source.slice("sysroot:".length);
      return { tree, given: ctx.sysroots.get(t.id) ?? null, files: ctx.manifests.find((m) => m.target === tree)?.files.map((f) => [f.path, f.sha256]) };
    }
    const pkg = ctx.lock.find((p) => p.name === l.source);
    return { package: l.source, version: pkg?.version, sha256: pkg?.sha256 };
  });
  const units = t.units.map((u) => ctx.units.find((x) => x.name === u));
  const sdk = factsPath(t.id);
  const supplement = fs.existsSync(sdk) ? crypto.createHash("sha256").update(fs.readFileSync(sdk)).digest("hex") : null;
  const input = { compiler: zigVersion().zig, target: t, units, families: ctx.families, layers, supplement, code: code() };
  return crypto.createHash("sha256").update(JSON.stringify(input)).digest("hex");
}

export function cached(id: string, key: string): TargetHarvest | undefined {
  try {
    const saved = JSON.parse(fs.readFileSync(path.join(dir, `${id}.json`), "utf8")) as { key: string; file: unknown; conflicts: string[]; defined: string[] };
    if (saved.key !== key) return undefined;
    // Written by this code from a checked result; the caller checks every result against the schema again.
    return { file: saved.file as HarvestFile, conflicts: saved.conflicts, defined: new Set(saved.defined) };
  } catch {
    return undefined;
  }
}

export function remember(id: string, key: string, h: TargetHarvest): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${id}.json`), JSON.stringify({ key, file: h.file, conflicts: h.conflicts, defined: [...h.defined] }));
}
