import { describe, expect, it } from "vitest";
import { readAllHistories } from "../../scripts/history/output.js";
import { crossCheck } from "../../scripts/history/cross-check.js";
import { agrees, clauses } from "../../scripts/history/cpython.js";

describe("CPython's availability notes", () => {
  const result = crossCheck(readAllHistories());

  it("each agrees with the history or is explained in data/history/explanations.json", () => {
    expect(result.notes).toBeGreaterThan(200);
    expect(result.unexplained.map((d) => `${d.os} ${d.name}: "${d.note}" vs ${d.ours}`)).toEqual([]);
  });

  it("has no stale explanation", () => {
    expect(result.stale.map((e) => `${e.os} ${e.name}: "${e.note}"`)).toEqual([]);
  });

  it("reads a note's clauses and judges them against bounds", () => {
    expect(clauses("Linux >= 2.6.25, NetBSD >= 8, not WASI")).toEqual([
      { system: "Linux", version: "2.6.25" },
      { system: "NetBSD", version: "8" },
    ]);
    const bounded = { since: { after: "6.1.176", atMost: "6.12.95", of: "Linux", source: "s" } };
    expect(agrees(bounded, { system: "Linux", version: "6.5" })).toBe(true);
    expect(agrees(bounded, { system: "Linux", version: "6.1" })).toBe(false);
    expect(agrees({ since: { version: "4.1", of: "Linux", source: "s" } }, { system: "Linux", version: "4.1" })).toBe(true);
    expect(agrees({ since: { atMost: "2.36", of: "glibc", source: "s" } }, { system: "Linux", version: "2.2" })).toBe(false);
    expect(agrees(undefined, { system: "Linux" })).toBe(false);
  });
});
