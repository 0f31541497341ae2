import { describe, expect, it } from "vitest";
import { loadTargets, loadReference, loadManifests } from "../../scripts/lib/data.js";
import { harvestComplete, loadHarvestContext, suspectsOf } from "../../scripts/harvest/harvest-target.js";
import { readCommitted } from "../../scripts/harvest/committed.js";
import { droppedReferenceNames } from "../../scripts/harvest/coverage.js";
import type { Target } from "../../scripts/schema/target.js";

/**
 * The committed facts must be reproducible: harvesting again from the locked header packages and the
 * committed include trees (which the harvest checks against their manifests first) gives the same table,
 * constant for constant, on every target. The names expected not to compile are probed apart, as the
 * harvest command does: the result must not depend on it.
 */
const ctx = loadHarvestContext();
const reference = loadReference();
const targets = loadTargets();
const sysrootLayers = (t: Target) => t.includes.filter((l) => l.source.startsWith("sysroot:")).map((l) => l.source.slice(8));

describe.each(targets.map((t) => [t.id, t] as const))("re-harvest %s", (id, t) => {
  it("reproduces the committed table and drops no reference name", async () => {
    const { file, defined } = await harvestComplete(t, ctx, { suspects: suspectsOf(readCommitted(id)) });
    const committed = readCommitted(t.id)!;
    expect(file.provenance).toEqual(committed.provenance);
    expect(file.constants).toEqual(committed.constants);
    expect(file.omitted).toEqual(committed.omitted);
    expect(droppedReferenceNames(reference, file, defined)).toEqual([]);
  });
});

// A tree that may not be committed (win32-sdk) is no target's layer: test/harvest/sdk-*.test.ts check its facts.
describe.each(loadManifests().filter((m) => m.redistributable).map((m) => [m.target, m] as const))("%s manifest", (id, manifest) => {
  const users = targets.filter((t) => sysrootLayers(t).includes(id));
  it("names the release and lists every header a constant comes from, for each target using the tree", () => {
    expect(users.map((t) => t.id)).not.toEqual([]);
    const listed = new Set(manifest.files.map((f) => f.path));
    for (const t of users) {
      const harvest = readCommitted(t.id)!;
      const sysroot = harvest.provenance.sources.find((s) => s.package === `sysroot:${id}`);
      expect(sysroot?.version).toBe(manifest.release);
      const unlisted = Object.entries(harvest.constants)
        .filter(([, c]) => c.source === `sysroot:${id}` && !listed.has(c.header))
        .map(([name, c]) => `${name} (${c.header})`);
      expect(unlisted).toEqual([]);
      // A whole BSD libc supplies hundreds of names; a layer over zig's own headers (darwin-xnu), some.
      expect(Object.values(harvest.constants).filter((c) => c.source === `sysroot:${id}`).length).toBeGreaterThan(t.sysroot ? 500 : 0);
    }
  });
});
