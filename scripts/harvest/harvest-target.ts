import fs from "node:fs";
import type { Target, Unit } from "../schema/target.js";
import type { LockedPackage } from "../schema/lock.js";
import type { FamilyRecord } from "../schema/family.js";
import type { SysrootManifest } from "../schema/sysroot.js";
import type { HarvestFile, HarvestedConstant } from "../schema/harvest.js";
import { familyOf, type Family } from "../../src/family.js";
import { loadFamilies, loadLock, loadManifests, loadUnits } from "../lib/data.js";
import { compilerSetup, attribute, type CompilerSetup } from "../probe/include-path.js";
import type { Definition } from "../probe/discover.js";
import { freshDir, preprocessUnits, probeUnits, type ProbeJob } from "../probe/compile.js";
import { cc1Flags } from "../probe/cc1.js";
import { zigPackage, zigVersion } from "../probe/zig.js";
import { untraceable, type Located } from "./trace.js";

export interface HarvestContext {
  lock: LockedPackage[];
  units: Unit[];
  families: FamilyRecord[];
  /** Include tree manifests: their releases go into the provenance. */
  manifests: SysrootManifest[];
  /** Real include trees given with --sysroot, by target id. */
  sysroots: Map<string, string>;
}

/** Everything a harvest reads from data/, loaded once for any number of targets. */
export const loadHarvestContext = (sysroots = new Map<string, string>()): HarvestContext => ({
  lock: loadLock(),
  units: loadUnits(),
  families: loadFamilies(),
  manifests: loadManifests(),
  sysroots,
});

export interface TargetHarvest {
  file: HarvestFile;
  /** Names two units define with different values (the first unit's value is kept). */
  conflicts: string[];
  /** Every identifier the headers define (macro or enumerator), for the coverage check. */
  defined: Set<string>;
}

/** Families as the shared rule in src/family.ts sees them: members by published name. */
export const asFamilies = (records: FamilyRecord[]): Family[] =>
  records.map(({ exclude: _, ...r }) => ({ ...r, members: r.members.map((m) => (typeof m === "string" ? m : m.name)) }));

/** Whether the catalog takes a name: it belongs to a family, and that family does not exclude it. */
function catalogFilter(records: FamilyRecord[], families: Family[]): (name: string) => boolean {
  const excluded = new Map(records.map((r) => [r.name, r.exclude.map((e) => new RegExp(e.pattern))]));
  return (name) => {
    const family = familyOf(name, families);
    return family !== undefined && !excluded.get(family.name)!.some((pattern) => pattern.test(name));
  };
}

export interface HarvestOptions {
  /** Another set of headers for the same target (scripts/check/second-source.ts). */
  setup?: CompilerSetup;
  /** Names that did not compile last time: probed apart so they cannot hold up the rest. */
  suspects?: ReadonlySet<string>;
  /**
   * The cc1 command itself, for headers zig's driver cannot be asked about (the Windows SDK with MSVC's
   * triple: scripts/harvest-sdk); `setup` then only attributes the definitions.
   */
  cc1?: string[];
}

/**
 * A target's constants: one cc1 call preprocesses every unit, one more compiles every unit's probe (plus
 * one per unit for the names expected to fail), whatever the number of units.
 */
export async function harvestTarget(t: Target, ctx: HarvestContext, { setup, suspects, cc1: given }: HarvestOptions = {}): Promise<TargetHarvest> {
  const { args, roots } = setup ?? compilerSetup(t, ctx.lock, ctx.sysroots);
  const takes = catalogFilter(ctx.families, asFamilies(ctx.families));
  const renamed = ctx.families.flatMap((f) => f.members.filter((m): m is { name: string; c: string } => typeof m !== "string"));
  const units = t.units.map((name) => {
    const unit = ctx.units.find((u) => u.name === name);
    if (!unit) throw new Error(`${t.id}: unit ${name} is not in data/units`);
    return unit;
  });
  const label = (unit: string) => `${t.id} (${unit})`;
  const cc1 = given ?? (await driverCc1(args));
  const definitions = await preprocessUnits(cc1, units, label);

  const defined = new Set<string>();
  const origin = new Map<string, Map<string, Definition>>();
  const empty = new Set<string>();
  const jobs: ProbeJob[] = units.map((unit) => {
    const defs = definitions.get(unit.name)!;
    for (const name of defs.keys()) defined.add(name);
    const ignored = new Set(unit.ignore.map((i) => i.header));
    const wanted = new Map<string, Definition>();
    for (const d of defs.values()) {
      const where = attribute(d.file, roots);
      if (!where || ignored.has(where.header) || !takes(d.name)) continue;
      // An empty macro is a header guard or a feature switch: it has no value to harvest.
      if (d.kind === "macro" && d.text === "") empty.add(d.name);
      else wanted.set(d.name, d);
    }
    for (const r of renamed) {
      const d = defs.get(r.c);
      if (d && attribute(d.file, roots)) wanted.set(r.name, d);
    }
    origin.set(unit.name, wanted);
    return { ...unit, names: [...wanted].map(([name, d]) => ({ name, c: d.name })), suspects };
  });
  const probed = await probeUnits(cc1, jobs, label);

  const constants: Record<string, HarvestedConstant> = {};
  const omitted: Record<string, string> = {};
  const conflicts: string[] = [];
  const usedSources = new Set<string>();
  const located: Located[] = [];
  for (const unit of units) {
    const { values, rejected } = probed.get(unit.name)!;
    for (const [name, why] of rejected) if (!(name in constants)) omitted[name] ??= `not an integer constant expression: ${why}`;
    for (const [name, value] of values) {
      const d = origin.get(unit.name)!.get(name)!;
      if (name in constants) {
        if (BigInt(constants[name]!.value) !== value) conflicts.push(`${name}: ${constants[name]!.value} (${constants[name]!.header}) vs ${value} (${unit.name})`);
        continue;
      }
      if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
        omitted[name] = `value ${value} does not fit a JavaScript number exactly`;
        continue;
      }
      delete omitted[name];
      located.push({ name, c: d.name, file: d.file, line: d.line });
      const where = attribute(d.file, roots)!;
      usedSources.add(where.source);
      constants[name] = {
        value: Number(value),
        kind: d.kind,
        header: where.header,
        line: d.line,
        source: where.source,
        ...(d.text ? { text: d.text } : {}),
        ...(d.name !== name ? { c: d.name } : {}),
      };
    }
  }
  for (const name of empty) if (!(name in constants)) omitted[name] = "an empty macro (a header guard or feature switch), not a value";
  for (const unit of units.filter((u) => u.interface)) {
    for (const name of probed.get(unit.name)!.values.keys()) if (name in constants) constants[name]!.interface = true;
  }
  const lost = untraceable(located);
  if (lost.length) throw new Error(`${t.id}: ${lost.length} constants do not trace to their defining line (a line-marker misreading): ${lost.slice(0, 5).join(", ")}`);
  const version = zigVersion();
  const sources = [...usedSources, zigPackage]
    .filter((s, i, all) => all.indexOf(s) === i)
    .sort()
    .map((s) => {
      if (s.startsWith("sysroot:")) {
        const release = ctx.manifests.find((m) => `sysroot:${m.target}` === s)?.release;
        return { package: s, version: release ?? "unknown", registry: "sysroot" };
      }
      const pkg = ctx.lock.find((p) => p.name === s)!;
      return { package: pkg.name, version: pkg.version, registry: pkg.suite ? `${pkg.registry} ${pkg.suite}` : pkg.registry };
    });
  return {
    file: {
      target: t.id,
      provenance: { compiler: `zig ${version.zig} (clang ${version.clang})`, triple: t.triple, sources },
      constants: sortKeys(constants),
      omitted: sortKeys(omitted),
    },
    conflicts,
    defined,
  };
}

async function driverCc1(args: string[]): Promise<string[]> {
  const dir = freshDir();
  return cc1Flags(args, dir).finally(() => fs.rmSync(dir, { recursive: true, force: true }));
}

/** Names a committed harvest could not compile: the next harvest probes them apart. */
export const suspectsOf = (previous: Pick<HarvestFile, "omitted"> | undefined): Set<string> =>
  new Set(Object.entries(previous?.omitted ?? {}).filter(([, why]) => why.startsWith("not an integer")).map(([name]) => name));

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
