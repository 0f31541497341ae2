import { describe, expect, it } from "vitest";
import { loadFamilies, loadOptions, loadTargets } from "../../scripts/lib/data.js";
import { asFamilies } from "../../scripts/harvest/harvest-target.js";
import { readCommitted } from "../../scripts/harvest/committed.js";
import { familyOf } from "../../src/family.js";

/**
 * The option records (data/options/<os>/<FAMILY>.json) against the harvested tables: every name of an
 * option family on an OS has exactly one record saying what it is, and every name a record uses (its own,
 * its levels, the option it belongs to) is a constant of that OS.
 */
const records = loadFamilies();
const families = asFamilies(records);
const excluded = new Map(records.map((f) => [f.name, f.exclude.map((e) => new RegExp(e.pattern))]));
const files = loadOptions();
const oses = [...new Set(files.map((f) => f.os))];

describe.each(oses)("option records of %s", (os) => {
  const mine = files.filter((f) => f.os === os);
  const byName = new Map(mine.flatMap((f) => f.options.map((r) => [r.name, r] as const)));
  const constants = new Set(loadTargets().filter((t) => t.os === os).flatMap((t) => Object.keys(readCommitted(t.id)!.constants)));
  const recorded = new Set(mine.map((f) => f.family));

  it("follow the family rule, one record per name, no machine paths", () => {
    for (const f of mine) {
      const names = f.options.map((r) => r.name);
      expect(new Set(names).size, `${f.family}: one record per name`).toBe(names.length);
      for (const r of f.options) {
        expect(familyOf(r.name, families)?.name, `${r.name} belongs to ${f.family}`).toBe(f.family);
        for (const s of r.source) expect(JSON.stringify(s)).not.toMatch(/\/(work|tmp|root|home)\//);
      }
    }
  });

  it("cover every name of the option families in the tables, and only names of the tables", () => {
    const missing = [...constants].filter((name) => {
      const family = familyOf(name, families);
      if (family === undefined || !(family.kind === "options" || recorded.has(family.name))) return false;
      return !excluded.get(family.name)!.some((p) => p.test(name)) && !byName.has(name);
    });
    expect(missing).toEqual([]);
    expect([...byName.keys()].filter((n) => !constants.has(n))).toEqual([]);
  });

  it("name levels that are constants here, and owners that are options or cmsg types", () => {
    for (const r of byName.values()) {
      for (const level of r.levels ?? []) expect(constants.has(level), `${r.name}: level ${level}`).toBe(true);
      if (r.of !== undefined) {
        const owner = byName.get(r.of);
        expect(owner?.roles.some((role) => role === "option" || role === "cmsg"), `${r.name}: of ${r.of}`).toBe(true);
      }
    }
  });
});

it("every Linux option has a value type (the man pages, kernel docs and headers state them all)", () => {
  const untyped = files.filter((f) => f.os === "linux").flatMap((f) => f.options.filter((r) => r.roles.includes("option") && !r.type).map((r) => r.name));
  expect(untyped).toEqual([]);
});
