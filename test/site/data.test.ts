// The page's data builder: the history section exists exactly when a history does.
import { describe, expect, it } from "vitest";
import { buildSiteData, type SiteInputs } from "../../scripts/site/data.js";
import { sinceInfo } from "../../scripts/site/history.js";
import type { HarvestFile } from "../../scripts/schema/harvest.js";
import { decodeRow } from "../../site/src/rows.js";

const harvest = (constants: Record<string, number>): HarvestFile => ({
  target: "t",
  provenance: { compiler: "cc", triple: "x", sources: [{ package: "hdr", version: "1.0", registry: "debian sid" }] },
  constants: Object.fromEntries(
    Object.entries(constants).map(([n, value]) => [n, { value, kind: "macro", header: "sys/socket.h", line: 7, source: "hdr", text: String(value) }]),
  ),
  omitted: {},
  excluded: {},
});

const tables: Record<string, Record<string, number>> = { "linux-x64": { AF_INET6: 10, SO_X: 1 }, "darwin-arm64": { AF_INET6: 30 } };
const inputs: SiteInputs = {
  runtime: {
    platforms: ["linux-x64", "darwin-arm64"],
    families: [{ name: "AF", kind: "enumeration", description: "Address families." }],
    table: (p) => tables[p]!,
    familyOf: (n) => (n.startsWith("AF_") ? { name: "AF" } : undefined),
  },
  osOf: (p) => p.split("-")[0]!,
  harvest: (p) => harvest(tables[p]!),
  options: [],
};

describe("the site's data", () => {
  it("has every name's values and origins by platform, and no history without one", () => {
    const { index, details } = buildSiteData(inputs);
    expect(index.names).toEqual(["AF_INET6", "SO_X"]);
    expect(index.family).toEqual([0, -1]);
    expect(decodeRow(index.values[0]!)).toEqual(["a", "u"]);
    expect(decodeRow(index.values[1]!)).toEqual(["1", "~"]);
    expect(decodeRow(details.origins[1]!)[1]).toBe("~");
    expect(details.sources).toEqual(["hdr 1.0 (debian sid)"]);
    expect(index.hasHistory).toBe(false);
    expect("history" in details).toBe(false);
  });

  it("asks the history only where a name exists, and keeps what it answers", () => {
    const asked: string[] = [];
    const since = (name: string, os: string) => {
      asked.push(`${name}@${os}`);
      return name === "AF_INET6" ? { version: "2.2", of: "Linux", source: "socket(7)" } : undefined;
    };
    const { index, details } = buildSiteData({ ...inputs, since });
    expect(asked.sort()).toEqual(["AF_INET6@darwin", "AF_INET6@linux", "SO_X@linux"]);
    expect(index.hasHistory).toBe(true);
    expect(details.history).toEqual({
      AF_INET6: { linux: { text: "since Linux 2.2", source: "socket(7)" }, darwin: { text: "since Linux 2.2", source: "socket(7)" } },
    });
  });

  it("words the history's bounds as stated: exact, sampled, or plain text", () => {
    expect(sinceInfo({ atMost: "6.1", after: "5.10", of: "Linux", source: "headers" })).toEqual({ text: "after Linux 5.10, by Linux 6.1", source: "headers" });
    expect(sinceInfo({ since: { version: "10.7", of: "macOS", source: "tcp(4)" } })).toEqual({ text: "since macOS 10.7", source: "tcp(4)" });
    expect(sinceInfo("Linux 2.4")).toEqual({ text: "Linux 2.4" });
    expect(sinceInfo(undefined)).toBeUndefined();
  });
});
