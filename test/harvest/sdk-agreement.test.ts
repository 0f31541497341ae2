import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadManifests } from "../../scripts/lib/data.js";
import { readCommitted } from "../../scripts/harvest/committed.js";
import { loadSdkExplanations, readFacts, readReport } from "../../scripts/harvest-sdk/committed.js";
import { sdkIncludeDirs, sdkTree, sdkTriples } from "../../scripts/harvest-sdk/recipe.js";
import { buildSdkReport, compareWithSdk, staleSdkExplanations } from "../../scripts/harvest-sdk/report.js";

/**
 * The Windows SDK as a second source for the mingw-w64 tables, from committed files only (the SDK's
 * headers may not be committed; `npm run harvest:sdk` writes the facts these read): every name both
 * define has one value on each target, or data/win32-sdk/explanations.json says why they differ.
 */
const ids = Object.keys(sdkTriples);
const explanations = loadSdkExplanations();
const manifest = loadManifests().find((m) => m.target === sdkTree)!;

describe.each(ids.map((id) => [id] as const))("%s: mingw-w64 against the Windows SDK", (id) => {
  const mingw = readCommitted(id)!;
  const sdk = readFacts(id)!;

  it("has committed SDK facts from the manifest's SDK", () => {
    expect(sdk, `headers-cache/win32-sdk/${id}.json is missing: npm run harvest:sdk`).toBeDefined();
    expect(`Windows SDK ${sdk.provenance.sdk}`).toBe(manifest.release);
    expect(new Set(manifest.files.map((f) => `${f.repo} ${f.commit}`))).toEqual(new Set([`${sdk.provenance.repo} ${sdk.provenance.commit}`]));
    expect(sdk.provenance.triple).toBe(sdkTriples[id]);
    // The same on every machine: no path of this one, none outside the repository.
    expect(sdk.provenance.flags.filter((f) => path.isAbsolute(f) || f.startsWith(".."))).toEqual([]);
  });

  it("cites only headers the manifest lists", () => {
    const listed = new Set(manifest.files.map((f) => f.path));
    const unlisted = Object.entries(sdk.constants)
      .filter(([, c]) => !sdkIncludeDirs.some((d) => listed.has(`${d}/${c.header}`)))
      .map(([name, c]) => `${name} (${c.header})`);
    expect(unlisted).toEqual([]);
  });

  it("gives every name both define the same value, or explains the difference", () => {
    const comparison = compareWithSdk(mingw, sdk, explanations);
    const unexplained = comparison.different.filter((d) => d.reason === null).map((d) => `${d.name}: mingw-w64 ${d.mingw.value} vs SDK ${d.sdk.value}`);
    expect(unexplained).toEqual([]);
    // Hundreds of names in common: a comparison of almost nothing would prove nothing.
    expect(comparison.equal.length).toBeGreaterThan(400);
  });
});

describe("data/win32-sdk/explanations.json", () => {
  const report = buildSdkReport(
    ids.map((id) => ({ mingw: readCommitted(id)!, sdk: readFacts(id)! })),
    explanations,
  );

  it("has no stale explanation: each matches a difference, with both values", () => {
    expect(staleSdkExplanations(report, explanations).map((e) => `${e.target} ${e.name} (${e.primary} vs ${e.second})`)).toEqual([]);
  });

  it("headers-cache/win32-sdk/report.json is what the committed tables and facts give", () => {
    expect(readReport()).toEqual(report);
  });
});

describe("staleSdkExplanations", () => {
  const report = buildSdkReport([{ mingw: readCommitted("win32-x64")!, sdk: readFacts("win32-x64")! }], explanations);
  const used = explanations.find((e) => e.target === "win32-x64")!;

  it("finds an explanation whose values no longer match, or whose name no longer differs", () => {
    const moved = { ...used, second: used.second! + 1 };
    const equal = { ...used, name: report.targets[0]!.equal[0]! };
    expect(staleSdkExplanations(report, [used, moved, equal])).toEqual([moved, equal]);
  });

  it("leaves a difference unexplained when the explanation's values do not match", () => {
    const moved = { ...used, primary: used.primary! + 1 };
    const comparison = compareWithSdk(readCommitted("win32-x64")!, readFacts("win32-x64")!, [moved]);
    expect(comparison.different.find((d) => d.name === used.name)?.reason).toBeNull();
  });
});
