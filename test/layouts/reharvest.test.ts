import { describe, expect, it } from "vitest";
import { loadTargets } from "../../scripts/lib/data.js";
import { harvestLayouts, loadLayoutContext } from "../../scripts/layouts/harvest-target.js";
import { readLayouts } from "../../scripts/layouts/committed.js";

/**
 * Harvesting again from the locked header packages and the committed include trees (checked against
 * their manifests by the harvest) gives the committed layouts, number for number, on every target.
 */
const ctx = loadLayoutContext();

describe("committed layouts", () => {
  it("exist for every target", () => {
    const missing = loadTargets()
      .filter((t) => readLayouts(t.id) === undefined)
      .map((t) => t.id);
    expect(missing).toEqual([]);
  });
});

describe.each(loadTargets().map((t) => [t.id, t] as const))("re-harvest layouts %s", (id, t) => {
  it("reproduces the committed layouts", async () => {
    const file = await harvestLayouts(t, ctx);
    const committed = readLayouts(id)!;
    expect(file.provenance).toEqual(committed.provenance);
    expect(file.structs).toEqual(committed.structs);
    expect(file.lacking).toEqual(committed.lacking);
  });
});
