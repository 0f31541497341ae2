import { describe, expect, it } from "vitest";
import { loadTargets, loadReference, loadManifests } from "../../scripts/lib/data.js";
import { harvestTarget, loadHarvestContext } from "../../scripts/harvest/harvest-target.js";
import { readCommitted } from "../../scripts/harvest/committed.js";
import { droppedReferenceNames } from "../../scripts/harvest/coverage.js";
import { sysrootLayers, treesStaged, verifyTree } from "../../scripts/headers/sysroot.js";

/**
 * The committed facts must be reproducible: harvesting again from the locked header packages (and, for
 * the BSDs and darwin-xnu, from trees rebuilt from their manifests) gives the same table, constant for
 * constant. A tree is only present where it was rebuilt from its sources; elsewhere (CI) the targets
 * that need it are reported as skipped, and their tables rest on the manifest and literal checks below
 * and in literal.test.ts.
 */
const ctx = loadHarvestContext();
const reference = loadReference();
const targets = loadTargets();

describe.each(targets.map((t) => [t.id, t] as const))("re-harvest %s", (id, t) => {
  it.runIf(treesStaged(t))("reproduces the committed table and drops no reference name", async () => {
    for (const name of sysrootLayers(t)) {
      expect(verifyTree(loadManifests().find((m) => m.target === name)!)).toEqual([]);
    }
    const { file, defined } = await harvestTarget(t, ctx);
    const committed = readCommitted(t.id)!;
    expect(file.provenance).toEqual(committed.provenance);
    expect(file.constants).toEqual(committed.constants);
    expect(file.omitted).toEqual(committed.omitted);
    expect(droppedReferenceNames(reference, file, defined)).toEqual([]);
  });
});

describe.each(loadManifests().map((m) => [m.target, m] as const))("%s manifest", (id, manifest) => {
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
