import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadTargets, loadUnits, loadFamilies, loadLock, loadReference } from "../../scripts/lib/data.js";
import { sysrootsDir } from "../../scripts/lib/paths.js";
import { harvestTarget } from "../../scripts/harvest/harvest-target.js";
import { readCommitted } from "../../scripts/harvest/committed.js";
import { droppedReferenceNames } from "../../scripts/harvest/coverage.js";

/**
 * The committed facts must be reproducible: harvesting again from the locked header packages (and, for
 * the BSDs, from trees rebuilt from their manifests) gives the same table, constant for constant.
 */
const ctx = {
  lock: loadLock(),
  units: loadUnits(),
  families: loadFamilies(),
  sysrootRelease: () => undefined,
  sysroots: new Map<string, string>(),
};
const reference = loadReference();
const targets = loadTargets().filter((t) => !t.sysroot || fs.existsSync(path.join(sysrootsDir, t.id)));

describe.each(targets.map((t) => [t.id, t] as const))("re-harvest %s", (_id, t) => {
  it("reproduces the committed table and drops no reference name", async () => {
    const { file, defined } = await harvestTarget(t, ctx);
    const committed = readCommitted(t.id)!;
    expect(file.constants).toEqual(committed.constants);
    expect(file.omitted).toEqual(committed.omitted);
    expect(droppedReferenceNames(reference, file, defined)).toEqual([]);
  });
});
