import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadTargets, readJson, selectTargets } from "../../scripts/lib/data.js";
import { harvestTarget, loadHarvestContext, type HarvestContext } from "../../scripts/harvest/harvest-target.js";
import { readCommitted } from "../../scripts/harvest/committed.js";
import { compareTables, mayWrite } from "../../scripts/harvest/compare.js";
import { familyRecord } from "../../scripts/schema/family.js";
import type { Target } from "../../scripts/schema/target.js";

const ctx = loadHarvestContext();
const linux = loadTargets().find((t) => t.id === "linux-x64")!;
const withUnit = (headers: string[]): [Target, HarvestContext] => [
  { ...linux, units: ["trial"] },
  { ...ctx, units: [...ctx.units, { name: "trial", description: "a unit under test", headers, ignore: [], interface: false }] },
];

describe("harvest errors name the target, the header and what to do", () => {
  it("an unknown target lists the valid ones", () => {
    expect(() => selectTargets(loadTargets(), ["linux-x65"])).toThrow(/unknown target "linux-x65"; valid targets: .*linux-x64/);
  });

  it("a header the target lacks", async () => {
    await expect(harvestTarget(...withUnit(["sys/socket.h", "no/such_header.h"]))).rejects.toThrow(
      /linux-x64 \(trial\): header <no\/such_header.h> does not exist for this target; remove it from the unit/,
    );
  });

  it("a header that does not compile on its own", async () => {
    // linux/sctp.h uses uint32_t without including stdint.h: the failure is the header's, no constant's.
    await expect(harvestTarget(...withUnit(["linux/sctp.h"]))).rejects.toThrow(/linux-x64 \(trial\): the probe does not compile .*a header itself fails.*sctp\.h/s);
  });

  it("a missing compiler", async () => {
    const saved = process.env.SOCKCONST_ZIG;
    process.env.SOCKCONST_ZIG = path.join(os.tmpdir(), "no-such-zig");
    try {
      await expect(harvestTarget(linux, ctx)).rejects.toThrow(/cannot run the compiler .*no-such-zig.*npm install/);
    } finally {
      if (saved === undefined) delete process.env.SOCKCONST_ZIG;
      else process.env.SOCKCONST_ZIG = saved;
    }
  });

  it("a header package that is not staged", async () => {
    const target: Target = { ...linux, includes: [{ source: "no-such-package", dirs: ["usr/include"] }] };
    await expect(harvestTarget(target, ctx)).rejects.toThrow(/linux-x64: include source no-such-package is not in data\/headers.lock.json/);
  });
});

describe("harvest results", () => {
  it("reports a macro that is not an integer constant instead of failing", () => {
    const omitted = readCommitted("linux-x64")!.omitted;
    expect(omitted.BDADDR_ANY).toMatch(/not an integer constant expression/);
  });

  it("refuses a removal or a change unless accepted, and lets additions through", () => {
    const before = readCommitted("linux-x64")!;
    const { SO_REUSEPORT, ...rest } = before.constants;
    const removed = compareTables(before, { ...before, constants: rest });
    expect(removed.removed).toEqual(["SO_REUSEPORT"]);
    expect(mayWrite(removed, false)).toBe(false);
    expect(mayWrite(removed, true)).toBe(true);
    const changed = compareTables(before, { ...before, constants: { ...before.constants, SO_REUSEPORT: { ...SO_REUSEPORT!, value: 512 } } });
    expect(changed.changed).toEqual([{ name: "SO_REUSEPORT", before: 15, after: 512 }]);
    expect(mayWrite(changed, false)).toBe(false);
    const added = compareTables({ ...before, constants: rest }, before);
    expect(added.added).toEqual(["SO_REUSEPORT"]);
    expect(mayWrite(added, false)).toBe(true);
  });

  it("a data record that breaks its schema names the file and the field", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sockconst-")), "TCP.json");
    fs.writeFileSync(file, JSON.stringify({ name: "TCP", kind: "options", prefixes: ["TCP_"], description: "no level" }));
    expect(() => readJson(file, familyRecord)).toThrow(/TCP.json does not match its schema:\n.*an options family needs its level/);
  });
});
