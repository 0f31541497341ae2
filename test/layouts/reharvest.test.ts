import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadManifests, loadTargets } from "../../scripts/lib/data.js";
import { sysrootsDir } from "../../scripts/lib/paths.js";
import { verifyTree } from "../../scripts/headers/sysroot.js";
import { harvestLayouts, loadLayoutContext } from "../../scripts/layouts/harvest-target.js";
import { readLayouts } from "../../scripts/layouts/committed.js";

/**
 * Harvesting again from the locked header packages (and, for the BSDs, from trees rebuilt from their
 * manifests) gives the committed layouts, number for number. As for the constants, a BSD tree is only
 * present where it was rebuilt; elsewhere that case is skipped.
 */
const ctx = loadLayoutContext();
const staged = (id: string) => fs.existsSync(path.join(sysrootsDir, id));

describe("committed layouts", () => {
  it("exist for every target whose headers are at hand", () => {
    const missing = loadTargets()
      .filter((t) => !t.sysroot && readLayouts(t.id) === undefined)
      .map((t) => t.id);
    expect(missing).toEqual([]);
  });
});

describe.each(loadTargets().map((t) => [t.id, t] as const))("re-harvest layouts %s", (id, t) => {
  it.runIf(!t.sysroot || staged(id))("reproduces the committed layouts", async () => {
    if (t.sysroot) expect(verifyTree(loadManifests().find((m) => m.target === id)!)).toEqual([]);
    const file = await harvestLayouts(t, ctx);
    const committed = readLayouts(id)!;
    expect(file.provenance).toEqual(committed.provenance);
    expect(file.structs).toEqual(committed.structs);
    expect(file.lacking).toEqual(committed.lacking);
  });
});
