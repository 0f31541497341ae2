import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFamilies, readJson } from "../../scripts/lib/data.js";
import { cacheDir, dataDir } from "../../scripts/lib/paths.js";
import { optionsFile, type OptionRecord } from "../../scripts/schema/option.js";
import { familyOf } from "../../src/family.js";

const families = loadFamilies().map((f) => ({ ...f, members: f.members.map((m) => (typeof m === "string" ? m : m.name)) }));
const excluded = new Map(loadFamilies().map((f) => [f.name, f.exclude.map((e) => new RegExp(e.pattern))]));
const dir = path.join(dataDir, "options", "linux");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
const parsed = files.map((file) => ({ file, data: readJson(path.join(dir, file), optionsFile) }));
const constants: Record<string, unknown> = JSON.parse(fs.readFileSync(path.join(cacheDir, "linux-x64.json"), "utf8")).constants;
const records = new Map<string, OptionRecord>(parsed.flatMap(({ data }) => data.options.map((r) => [r.name, r] as const)));

/** The option families of Linux, and NETLINK, whose SOL_NETLINK names are options. */
const covered = new Set(parsed.map(({ data }) => data.family));

describe("Linux option records", () => {
  it.each(parsed.map((p) => [p.file, p] as const))("%s matches its path and the family rule", (file, { data }) => {
    expect(data.os).toBe("linux");
    expect(`${data.family}.json`).toBe(file);
    const names = data.options.map((r) => r.name);
    expect(new Set(names).size, "one record per name").toBe(names.length);
    for (const r of data.options) {
      expect(familyOf(r.name, families)?.name, `${r.name} belongs to ${data.family}`).toBe(data.family);
      for (const s of r.source) expect(`${s.from} ${s.section ?? ""}`).not.toMatch(/(^|\s)\/(work|tmp|root|home)\//);
    }
  });

  it("cover every name of their families in the Linux table", () => {
    const missing = Object.keys(constants).filter((name) => {
      const family = familyOf(name, families);
      return family !== undefined && covered.has(family.name) && !excluded.get(family.name)!.some((p) => p.test(name)) && !records.has(name);
    });
    expect(missing).toEqual([]);
    for (const name of records.keys()) expect(constants, `${name} is a Linux constant`).toHaveProperty(name);
  });

  it("name levels and owning options that exist", () => {
    for (const r of records.values()) {
      for (const level of r.levels ?? []) expect(constants, `${r.name}: level ${level}`).toHaveProperty(level);
      if (r.of) {
        const owner = records.get(r.of);
        expect(owner, `${r.name}: of ${r.of}`).toBeDefined();
        expect(owner!.roles.some((role) => role === "option" || role === "cmsg"), `${r.of} is an option or cmsg type`).toBe(true);
      }
    }
  });

  it("give every option a value type", () => {
    const untyped = [...records.values()].filter((r) => r.roles.includes("option") && r.type === undefined).map((r) => r.name);
    expect(untyped).toEqual([]);
  });
});
