import { describe, expect, it } from "vitest";
import { execTargets } from "../../scripts/check/exec-check.js";
import { checkLayouts } from "../../scripts/check/layout-exec.js";
import { loadTargets } from "../../scripts/lib/data.js";

// Every harvested size, alignment, offset and member size, printed by the layout probe built as a
// program and run here, under qemu-user or under Wine, must come out equal; every bit-field, measured
// in memory by the program, must sit where the harvest says.
describe("layout execution check", () => {
  it("runs for every Linux target and win32-x64", () => {
    const wanted = loadTargets().filter((t) => t.os === "linux" || t.id === "win32-x64").map((t) => t.id);
    expect(execTargets()).toEqual(expect.arrayContaining(wanted));
  });

  for (const id of execTargets()) {
    it(id, { timeout: 600_000 }, async () => {
      const { equal, differences } = await checkLayouts(id);
      expect(differences).toEqual([]);
      expect(equal).toBeGreaterThan(150);
    });
  }
});
