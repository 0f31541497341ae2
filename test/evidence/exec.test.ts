import { describe, expect, it } from "vitest";
import { checkTarget, execTargets } from "../../scripts/check/exec-check.js";
import { loadTargets } from "../../scripts/lib/data.js";

// Evidence #2: every harvested value, printed by the same probe built as a program and run on this machine,
// under qemu-user or under Wine, must come out equal. Missing runners fail with the package to install.
describe("execution check", () => {
  it("has a runner for every Linux target and win32-x64", () => {
    const wanted = loadTargets().filter((t) => t.os === "linux" || t.id === "win32-x64").map((t) => t.id);
    expect(execTargets()).toEqual(expect.arrayContaining(wanted));
  });

  for (const id of execTargets()) {
    it(id, { timeout: 600_000 }, async () => {
      const { equal, differences } = await checkTarget(id);
      expect(differences).toEqual([]);
      expect(equal).toBeGreaterThan(500);
    });
  }
});
