import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { dataDir, repoRelative } from "./paths.js";
import { target, unit, type Target, type Unit } from "../schema/target.js";
import { familyRecord, type FamilyRecord } from "../schema/family.js";
import { lockFile, type LockedPackage } from "../schema/lock.js";
import { reference, type ReferenceEntry } from "../schema/reference.js";
import { sysrootManifest, type SysrootManifest } from "../schema/sysroot.js";
import { execRecord, type ExecRecord } from "../schema/exec.js";
import { systemPackages, type SystemPackages } from "../schema/system.js";
import { optionsFile, type OptionsFile } from "../schema/option.js";
import { structRecord, type StructRecord } from "../schema/struct.js";

/** Parse a JSON file against a schema; a bad record names its file and every problem. */
export function readJson<T extends z.ZodTypeAny>(file: string, schema: T): z.infer<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${repoRelative(file)}: not readable JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".") || "(root)"}: ${i.message}`).join("\n");
    throw new Error(`${repoRelative(file)} does not match its schema:\n${problems}`);
  }
  return parsed.data;
}

function readFolder<T extends z.ZodTypeAny>(folder: string, schema: T, key: (r: z.infer<T>) => string): z.infer<T>[] {
  const dir = path.join(dataDir, folder);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const record = readJson(path.join(dir, f), schema);
      if (`${key(record)}.json` !== f) throw new Error(`data/${folder}/${f}: its name must be ${key(record)}.json`);
      return record;
    });
}

export const loadTargets = (): Target[] => readFolder("targets", target, (t) => t.id);
export const loadUnits = (): Unit[] => readFolder("units", unit, (u) => u.name);
export const loadFamilies = (): FamilyRecord[] => readFolder("families", familyRecord, (f) => f.name);
export const loadLock = (): LockedPackage[] => readJson(path.join(dataDir, "headers.lock.json"), lockFile).packages;
export const loadManifests = (): SysrootManifest[] => readFolder("sysroots", sysrootManifest, (m) => m.target);
export const loadReference = (): ReferenceEntry[] => readJson(path.join(dataDir, "reference/python-socket.json"), reference);
export const loadExec = (): ExecRecord[] => readFolder("exec", execRecord, (r) => r.target);
export const loadStructs = (): StructRecord[] => readFolder("structs", structRecord, (s) => s.name);
export const loadSystemPackages = (): SystemPackages[] => readFolder("system", systemPackages, (r) => r.for);

/** data/options/<os>/<FAMILY>.json: every file, checked against its schema and its path. */
export function loadOptions(): OptionsFile[] {
  const base = path.join(dataDir, "options");
  return fs
    .readdirSync(base)
    .sort()
    .flatMap((os) =>
      readFolder(path.join("options", os), optionsFile, (f) => f.family).map((f) => {
        if (f.os !== os) throw new Error(`data/options/${os}/${f.family}.json says os "${f.os}"`);
        return f;
      }),
    );
}

/** Resolve target ids given on a command line; an unknown id is an error listing the valid ones. */
export function selectTargets(all: Target[], ids: string[]): Target[] {
  if (ids.length === 0) return all;
  return ids.map((id) => {
    const found = all.find((t) => t.id === id);
    if (!found) throw new Error(`unknown target "${id}"; valid targets: ${all.map((t) => t.id).join(", ")}`);
    return found;
  });
}
