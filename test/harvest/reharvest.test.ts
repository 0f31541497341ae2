import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadTargets, loadReference, loadManifests } from "../../scripts/lib/data.js";
import { sysrootsDir } from "../../scripts/lib/paths.js";
import { harvestTarget, loadHarvestContext } from "../../scripts/harvest/harvest-target.js";
import { readCommitted } from "../../scripts/harvest/committed.js";
import { droppedReferenceNames } from "../../scripts/harvest/coverage.js";
import { verifyTree } from "../../scripts/headers/sysroot.js";

/**
 * The committed facts must be reproducible: harvesting again from the locked header packages (and, for
 * the BSDs, from trees rebuilt from their manifests) gives the same table, constant for constant.
 * A BSD tree is only present where it was rebuilt from its sources; elsewhere (CI) that case is
 * reported as skipped, and the BSD tables rest on the manifest and literal checks below and in
 * literal.test.ts.
 */
const ctx = loadHarvestContext();
const reference = loadReference();
const staged = (id: string) => fs.existsSync(path.join(sysrootsDir, id));

describe.each(loadTargets().map((t) => [t.id, t] as const))("re-harvest %s", (id, t) => {
  it.runIf(!t.sysroot || staged(id))("reproduces the committed table and drops no reference name", async () => {
    if (t.sysroot) {
      expect(verifyTree(loadManifests().find((m) => m.target === id)!)).toEqual([]);
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
  it("names the release and lists every header a constant comes from", () => {
    const harvest = readCommitted(id)!;
    const listed = new Set(manifest.files.map((f) => f.path));
    const sysroot = harvest.provenance.sources.find((s) => s.package === `sysroot:${id}`);
    expect(sysroot?.version).toBe(manifest.release);
    const unlisted = Object.entries(harvest.constants)
      .filter(([, c]) => c.source === `sysroot:${id}` && !listed.has(c.header))
      .map(([name, c]) => `${name} (${c.header})`);
    expect(unlisted).toEqual([]);
    expect(Object.values(harvest.constants).filter((c) => c.source === `sysroot:${id}`).length).toBeGreaterThan(500);
  });
});
