import path from "node:path";
import type { Target, Unit } from "../schema/target.js";
import type { SysrootManifest } from "../schema/sysroot.js";
import { sdkFacts, type SdkFacts } from "../schema/sdk-facts.js";
import { harvestTarget, type HarvestContext } from "../harvest/harvest-target.js";
import { treeDir } from "../headers/sysroot.js";
import { repoRelative, workDir } from "../lib/paths.js";
import { writeOverlay } from "./overlay.js";
import { sdkCc1, sdkIncludeDirs, sdkTriples } from "./recipe.js";
import { mingwUnitName, sdkUnit } from "./unit.js";
import { filesRead, within } from "./files-read.js";
import { zigBuiltinInclude, zigPackage } from "../probe/zig.js";

/** The version the manifest's release names (Windows SDK 10.0.26100.3323). */
export const sdkVersion = (m: SysrootManifest): string => {
  const v = /\b(\d+\.\d+\.\d+\.\d+)\b/.exec(m.release)?.[1];
  if (!v) throw new Error(`data/sysroots/${m.target}.json: its release "${m.release}" names no SDK version`);
  return v;
};

/** The compile of one target against an SDK tree holding `files`: flags, the unit, and the overlay written for them. */
export function sdkCompile(t: Target, units: Unit[], tree: string, files: string[]) {
  const triple = sdkTriples[t.id];
  if (!triple) throw new Error(`${t.id}: not a Windows target the SDK is harvested for (${Object.keys(sdkTriples).join(", ")})`);
  const mingw = units.find((u) => u.name === mingwUnitName);
  if (!mingw) throw new Error(`data/units/${mingwUnitName}.json is missing`);
  const unit = sdkUnit(mingw, files);
  const overlay = writeOverlay(path.join(workDir, `${path.basename(tree)}.${t.id}.overlay.json`), tree, sdkIncludeDirs, files);
  return { triple, unit, tree, cc1: sdkCc1(triple, tree, overlay, t.defines) };
}

/**
 * A flag as committed, the same on every machine: clang's headers by their package (npm may install it
 * anywhere), the overlay by its role, any other path relative to the repository.
 */
function portable(flag: string): string {
  if (flag === zigBuiltinInclude()) return `<${zigPackage}>/lib/include`;
  if (flag.endsWith(".overlay.json")) return "<overlay of the manifest's files, case-insensitive>";
  return path.isAbsolute(flag) ? repoRelative(flag) : flag;
}

/**
 * One target's facts from the staged SDK tree, through the same harvest as the mingw table (discovery,
 * family filter, probe, line trace), with MSVC's triple and only the SDK's folders attributed: a name
 * defined by clang's own headers or the stubs is not an SDK fact. Also the SDK files the probe reads, so
 * the caller can check that the manifest lists no file that no target needs.
 */
export async function harvestSdk(t: Target, m: SysrootManifest, ctx: HarvestContext, suspects?: ReadonlySet<string>): Promise<{ facts: SdkFacts; read: string[] }> {
  const tree = treeDir(m);
  const { triple, unit, cc1 } = sdkCompile(t, ctx.units, tree, m.files.map((f) => f.path));
  const read = within(tree, await filesRead(cc1, unit.headers));
  const source = `sysroot:${m.target}`;
  const roots = sdkIncludeDirs.map((d) => ({ dir: path.join(tree, d), source }));
  const sdkTarget: Target = { ...t, triple, includes: [], units: [unit.name] };
  const { file } = await harvestTarget(sdkTarget, { ...ctx, units: [...ctx.units, unit] }, { setup: { args: [], roots }, cc1, suspects });
  const constants = Object.fromEntries(
    Object.entries(file.constants).map(([name, { source: _, interface: __, ...c }]) => [name, c]),
  );
  const repo = [...new Set(m.files.map((f) => f.repo))];
  const commit = [...new Set(m.files.map((f) => f.commit))];
  if (repo.length !== 1 || commit.length !== 1 || !commit[0]) throw new Error(`data/sysroots/${m.target}.json: the files must come from one repository at one commit`);
  const facts = sdkFacts.parse({
    target: t.id,
    provenance: {
      sdk: sdkVersion(m),
      manifest: `data/sysroots/${m.target}.json`,
      repo: repo[0],
      commit: commit[0],
      compiler: file.provenance.compiler,
      triple,
      flags: cc1.map(portable),
      headers: unit.headers,
    },
    constants,
    omitted: file.omitted,
  });
  return { facts, read };
}
