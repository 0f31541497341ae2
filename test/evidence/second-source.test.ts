import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { loadTargets } from "../../scripts/lib/data.js";
import { checkTarget, loadExplanations, loadSecondSources, reportPath, staleExplanations } from "../../scripts/check/second-source.js";

/**
 * Evidence that the tables do not depend on one header set: each listed target harvested again from
 * Debian bookworm's packages (and win32-x64 from zig's own mingw-w64 too) differs only where the newer
 * headers added a name or where data/second-source/explanations.json says why. Needs the packages of
 * `npm run setup` (which `npm test` runs first).
 */
const records = loadSecondSources();
const explanations = loadExplanations();
const targets = loadTargets();

describe.each(records.map((r) => [r.target, r] as const))("second source for %s", (id, record) => {
  it("differs only by names the newer headers added or by explained differences", async () => {
    const t = targets.find((x) => x.id === id);
    expect(t, `data/second-source/${id}.json names an unknown target`).toBeDefined();
    const report = await checkTarget(t!, record, explanations);
    for (const s of report.sources) {
      const unexplained = s.differences.filter((d) => d.reason === null).map((d) => `${s.id}: ${d.class} ${d.name} ${d.primary?.value} vs ${d.second?.value}`);
      expect(unexplained).toEqual([]);
      expect(s.equal).toBeGreaterThan(0);
    }
    expect(staleExplanations([report], explanations)).toEqual([]);
    // The committed report must be what the check finds now (npm run check:second-source rewrites it).
    expect(report).toEqual(JSON.parse(fs.readFileSync(reportPath(id), "utf8")));
  });
});
