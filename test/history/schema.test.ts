import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { historyDir, readAllHistories } from "../../scripts/history/output.js";
import { readJson } from "../../scripts/lib/data.js";
import { dataDir } from "../../scripts/lib/paths.js";
import { readCommitted } from "../../scripts/harvest/committed.js";
import { compareReleases } from "../../scripts/history/bounds.js";
import { darwinHistoryRecord, historyFile, linuxHistoryRecord } from "../../scripts/schema/history.js";
import { loadTargets } from "../../scripts/lib/data.js";

const histories = readAllHistories();

describe("history records and files", () => {
  it("has a file for every OS of the catalog, each matching its schema", () => {
    const oses = new Set(loadTargets().map((t) => t.os));
    expect(histories.map((h) => h.os).sort()).toEqual([...oses].sort());
    for (const f of fs.readdirSync(historyDir)) expect(() => readJson(path.join(historyDir, f), historyFile)).not.toThrow();
    expect(() => readJson(path.join(dataDir, "history", "linux.json"), linuxHistoryRecord)).not.toThrow();
    expect(() => readJson(path.join(dataDir, "history", "darwin.json"), darwinHistoryRecord)).not.toThrow();
  });

  it("accounts for every catalog name of the OS: dated, or unknown with a reason", () => {
    for (const h of histories) {
      const ids = loadTargets().filter((t) => t.os === h.os).map((t) => t.id);
      // The OS's first target is the one sampled; its catalog names must all be there.
      const missing = Object.keys(readCommitted(ids[0]!)!.constants).filter((n) => !(n in h.names) && !(n in h.unknown));
      expect(missing, h.os).toEqual([]);
    }
  });

  it("never gives a bound that contradicts itself", () => {
    for (const h of histories) {
      for (const [name, n] of Object.entries(h.names)) {
        const s = n.since;
        if (s?.after !== undefined && h.os !== "win32") expect(compareReleases(s.after, s.atMost!), `${h.os} ${name}`).toBeLessThan(0);
        if (n.removed && h.os !== "win32") expect(compareReleases(n.removed.after, n.removed.atMost), `${h.os} ${name}`).toBeLessThan(0);
        if (n.removed && s?.atMost !== undefined && h.os !== "win32") {
          expect(compareReleases(s.atMost, n.removed.after), `${h.os} ${name}`).toBeLessThanOrEqual(0);
        }
      }
    }
  });

  it("names no path of the machine it was made on", () => {
    for (const dir of [historyDir, path.join(dataDir, "history")]) {
      for (const f of fs.readdirSync(dir)) expect(fs.readFileSync(path.join(dir, f), "utf8"), f).not.toMatch(/"\/(work|home|tmp|root)\//);
    }
  });

  it("rejects a since that is both exact and bounded, and an entry that says nothing", () => {
    const base = { os: "linux", method: "m", samples: [], unknown: {} };
    const both = { names: { X_Y: { since: { version: "4.1", atMost: "6.1", of: "Linux", source: "s" } } } };
    expect(historyFile.safeParse({ ...base, ...both }).success).toBe(false);
    expect(historyFile.safeParse({ ...base, names: { X_Y: {} } }).success).toBe(false);
    expect(historyFile.safeParse({ ...base, names: { X_Y: { since: { atMost: "6.1", of: "Linux", source: "s" } } } }).success).toBe(true);
  });
});
