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
import { provenanceOf } from "./provenance.js";
import { untraceable, type Located } from "./trace.js";
import { supplement } from "./supplement.js";
import { readFacts } from "../harvest-sdk/committed.js";

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

/**
 * Whether the catalog takes a name: true when it belongs to a family that does not exclude it; the
 * family's reason when it excludes it; false for a name no family claims (not a socket constant at all).
 */
function catalogFilter(records: FamilyRecord[], families: Family[]): (name: string) => true | false | string {
  const excluded = new Map(records.map((r) => [r.name, r.exclude.map((e) => ({ pattern: new RegExp(e.pattern), reason: e.reason }))]));
  return (name) => {
    const family = familyOf(name, families);
    if (family === undefined) return false;
    const rule = excluded.get(family.name)!.find((e) => e.pattern.test(name));
    return rule === undefined ? true : `excluded by the ${family.name} family: ${rule.reason}`;
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
  const left = new Map<string, string>();
  const jobs: ProbeJob[] = units.map((unit) => {
    const defs = definitions.get(unit.name)!;
    for (const name of defs.keys()) defined.add(name);
    const ignored = new Map(unit.ignore.map((i) => [i.header, i.reason]));
    const wanted = new Map<string, Definition>();
    for (const d of defs.values()) {
      const where = attribute(d.file, roots);
      if (!where) continue;
      const taken = takes(d.name);
      if (taken === false) continue;
      const ignoredWhy = ignored.get(where.header);
      if (taken !== true || ignoredWhy !== undefined) {
        left.set(d.name, taken === true ? `defined in ${where.header}, which the ${unit.name} unit ignores: ${ignoredWhy}` : taken);
        continue;
      }
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
  const excluded = Object.fromEntries([...left].filter(([name]) => !(name in constants) && !(name in omitted)));
  for (const unit of units.filter((u) => u.interface)) {
    for (const name of probed.get(unit.name)!.values.keys()) if (name in constants) constants[name]!.interface = true;
  }
  const lost = untraceable(located);
  if (lost.length) throw new Error(`${t.id}: ${lost.length} constants do not trace to their defining line (a line-marker misreading): ${lost.slice(0, 5).join(", ")}`);
  return {
    file: {
      target: t.id,
      provenance: provenanceOf(t, usedSources, ctx.lock, ctx.manifests),
      constants: sortKeys(constants),
      omitted: sortKeys(omitted),
      excluded: sortKeys(excluded),
    },
    conflicts,
    defined,
  };
}

async function driverCc1(args: string[]): Promise<string[]> {
  const dir = freshDir();
  return cc1Flags(args, dir).finally(() => fs.rmSync(dir, { recursive: true, force: true }));
}

/**
 * A target's table as the catalog keeps it: the harvest, plus the committed facts of a source no fresh
 * clone can read again (the Windows SDK, whose headers may not be redistributed: scripts/harvest-sdk).
 */
export async function harvestComplete(t: Target, ctx: HarvestContext, options: HarvestOptions = {}): Promise<TargetHarvest> {
  const result = await harvestTarget(t, ctx, options);
  const sdk = readFacts(t.id);
  return sdk === undefined ? result : { ...result, file: supplement(result.file, sdk) };
}

/** Names a committed harvest could not compile: the next harvest probes them apart. */
export const suspectsOf = (previous: Pick<HarvestFile, "omitted"> | undefined): Set<string> =>
  new Set(Object.entries(previous?.omitted ?? {}).filter(([, why]) => why.startsWith("not an integer")).map(([name]) => name));

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
