import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFamilies, readJson } from "../../scripts/lib/data.js";
import { cacheDir, dataDir } from "../../scripts/lib/paths.js";
import { optionsFile, type OptionsFile } from "../../scripts/schema/option.js";
import { familyOf } from "../../src/family.js";

// The Windows option families: every name the harvested Windows tables file under them has a record.
const optionFamilies = ["SO", "IP", "IPV6", "TCP", "UDP", "MCAST", "BT", "SO_BTH", "HVSOCKET"];
const windowsTargets = ["win32-x64", "win32-arm64", "win32-ia32"];

const families = loadFamilies().map(({ exclude: _, ...f }) => ({ ...f, members: f.members.map((m) => (typeof m === "string" ? m : m.name)) }));
const dir = path.join(dataDir, "options", "win32");
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort() : [];
const parsed = new Map<string, OptionsFile>(files.map((f) => [f, readJson(path.join(dir, f), optionsFile)]));

describe("option records of win32", () => {
  it("cover each option family with one file", () => {
    expect(files).toEqual(optionFamilies.map((f) => `${f}.json`).sort());
  });

  it.each(files)("%s matches the schema, its path and the family rule", (file) => {
    const record = parsed.get(file)!;
    expect(record.os).toBe("win32");
    expect(`${record.family}.json`).toBe(file);
    const names = record.options.map((r) => r.name);
    expect(new Set(names).size, "one record per name").toBe(names.length);
    expect([...names].sort(), "records sorted by name").toEqual(names);
    for (const r of record.options) {
      expect(familyOf(r.name, families)?.name, `${r.name} belongs to ${record.family}`).toBe(record.family);
      for (const s of r.source) expect(`${s.from} ${s.section ?? ""}`, `${r.name} cites no local path`).not.toMatch(/(^|\s)\/(work|tmp|root|home)\//);
      // A struct type names the struct whose harvested layout gives its size; a pointer-sized handle is not an int.
      if (r.type?.kind === "int" && r.type.c === "SOCKET") throw new Error(`${r.name}: SOCKET is pointer-sized`);
    }
  });

  it.each(windowsTargets)("have a record for every name %s files under an option family", (target) => {
    const table = JSON.parse(fs.readFileSync(path.join(cacheDir, `${target}.json`), "utf8")) as { constants: Record<string, unknown> };
    const recorded = new Set([...parsed.values()].flatMap((f) => f.options.map((r) => r.name)));
    const missing = Object.keys(table.constants).filter((n) => {
      const family = familyOf(n, families)?.name;
      return family !== undefined && optionFamilies.includes(family) && !recorded.has(n);
    });
    expect(missing).toEqual([]);
  });

  it("say what an undocumented option is instead of guessing its type", () => {
    for (const file of parsed.values()) {
      for (const r of file.options) {
        if (r.roles.includes("other")) expect(r.type, `${r.name}: role other carries no type`).toBeUndefined();
      }
    }
  });
});
