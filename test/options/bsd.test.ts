import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFamilies, readJson } from "../../scripts/lib/data.js";
import { dataDir } from "../../scripts/lib/paths.js";
import { optionsFile } from "../../scripts/schema/option.js";
import { familyOf } from "../../src/family.js";
import { asFamilies } from "../../scripts/harvest/harvest-target.js";

const oses = ["darwin", "freebsd", "openbsd", "netbsd"] as const;
const families = asFamilies(loadFamilies());

describe.each(oses)("option records of %s", (os) => {
  const dir = path.join(dataDir, "options", os);
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .sort()
    : [];

  it("exist", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)(
    "%s matches the schema, its path and the family rule",
    (file) => {
      const parsed = readJson(path.join(dir, file), optionsFile);
      expect(parsed.os).toBe(os);
      expect(`${parsed.family}.json`).toBe(file);
      const names = parsed.options.map((r) => r.name);
      expect(new Set(names).size, "one record per name").toBe(names.length);
      for (const r of parsed.options) {
        expect(
          familyOf(r.name, families)?.name,
          `${r.name} belongs to ${parsed.family}`,
        ).toBe(parsed.family);
        // Values and flags point at a name of the same OS's records or at a documented option.
        if (r.of) expect(r.of).toMatch(/^[A-Z][A-Z0-9_]*$/);
        // A citation never names a path of this machine.
        for (const s of r.source)
          expect(`${s.from} ${s.section ?? ""}`).not.toMatch(
            /(^|\s)\/(work|tmp|root|home)\//,
          );
      }
    },
  );
});
