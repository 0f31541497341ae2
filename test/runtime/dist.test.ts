// The built runtime (dist/) over the real generated tables, checked against evidence from outside the catalog.
import { beforeAll, describe, expect, it } from "vitest";
import { headerFacts, pythonSocketConstants } from "./evidence.js";
import { distUrl } from "./paths.js";

type Runtime = typeof import("../../src/index.js");
type DescribeEntry = typeof import("../../src/describe.js");
let sc: Runtime;
let entry: DescribeEntry;
beforeAll(async () => {
  sc = (await import(distUrl("src/index.js"))) as Runtime;
  entry = (await import(distUrl("src/describe.js"))) as DescribeEntry;
});

const onLinuxX64Glibc = () => sc.hostPlatform() === "linux-x64";

describe("against this machine's Python (the host's own headers)", () => {
  it("the host is linux-x64 when Python says x86_64 glibc Linux", () => {
    const python = pythonSocketConstants();
    if (python === undefined || process.platform !== "linux" || process.arch !== "x64") return;
    const glibc = (process.report.getReport() as { header: { glibcVersionRuntime?: string } }).header
      .glibcVersionRuntime;
    expect(sc.hostPlatform()).toBe(glibc === undefined ? "linux-x64-musl" : "linux-x64");
  });

  it("every constant Python knows has Python's value in the host's table", () => {
    const python = pythonSocketConstants();
    if (python === undefined || !onLinuxX64Glibc()) {
      console.warn("skipped: needs python3 on x86_64 glibc Linux");
      return;
    }
    const host = sc.table("linux-x64");
    const shared = Object.keys(python).filter((name) => name in host);
    // Python exposes a few hundred socket constants; nearly all must be in the catalog.
    expect(shared.length).toBeGreaterThan(0.9 * Object.keys(python).length);
    const wrong = shared
      .filter((name) => host[name] !== python[name])
      .map((name) => `${name}: ${host[name]} vs ${python[name]}`);
    expect(wrong).toEqual([]);
    expect(sc.lookup("TCP_KEEPIDLE")).toBe(python.TCP_KEEPIDLE);
  });
});

describe("against the platforms' public headers", () => {
  for (const fact of headerFacts) {
    for (const platform of fact.platforms) {
      it(`${platform}: ${Object.keys(fact.values).join(", ")}`, () => {
        if (!sc.isPlatform(platform)) return void console.warn(`${platform} is not in this catalog`);
        for (const [name, value] of Object.entries(fact.values))
          expect([name, sc.lookup(name, platform)]).toEqual([name, value]);
      });
    }
  }
});

describe("the API over real tables", () => {
  it("platforms lists every id once, and table() agrees with the per-target modules", async () => {
    expect(new Set(sc.platforms).size).toBe(sc.platforms.length);
    expect(sc.platforms).toContain("linux-x64");
    for (const id of sc.platforms) {
      const module = (await import(distUrl(`generated/${id}.js`))) as { default: Record<string, number> };
      expect({ ...sc.table(id) }).toEqual({ ...module.default });
      expect(Object.isFrozen(sc.table(id))).toBe(true);
    }
  });

  it("compare covers every platform and marks absence", () => {
    const keepalive = sc.compare("TCP_KEEPALIVE");
    expect(Object.keys(keepalive)).toEqual([...sc.platforms]);
    expect(keepalive["darwin-arm64"]).toBe(0x10);
    expect(keepalive["linux-x64"]).toBeUndefined();
  });

  it("lookup, namesOf and decodeFlags decode a Linux recv() flag word", () => {
    expect(sc.lookup("TCP_KEEPALIVE", "linux-x64")).toBeUndefined();
    expect(sc.namesOf(4, "TCP", "linux-x64")).toContain("TCP_KEEPIDLE");
    // glibc's <bits/socket.h>: PF_LOCAL 1, PF_UNIX and PF_FILE alias it. Shortest first, then alphabetical.
    expect(sc.namesOf(1, "AF", "linux-x64")).toEqual(["AF_FILE", "AF_UNIX", "AF_LOCAL"]);
    expect(sc.decodeFlags(0x42, "MSG", "linux-x64")).toEqual({ names: ["MSG_PEEK", "MSG_DONTWAIT"], rest: 0 });
    expect(sc.decodeFlags(0x42, "MSG", "darwin-arm64")).toEqual({ names: ["MSG_PEEK", "MSG_WAITALL"], rest: 0 });
  });

  it("describe names the header, family, level and header packages, and cannot be changed", () => {
    const d = entry.describe("TCP_NODELAY", "linux-x64")!;
    expect(() => ((d as { value: number }).value = 7)).toThrow(TypeError);
    expect(() => ((d.sources[0] as { version: string }).version = "x")).toThrow(TypeError);
    expect(() => ((d.level as { value: number }).value = 7)).toThrow(TypeError);
    expect(entry.describe("TCP_NODELAY", "linux-x64")).toEqual(d);
    expect(entry.describe("TCP_KEEPALIVE", "linux-x64")).toBeUndefined();
    expect(d.value).toBe(1);
    expect(d.family).toBe("TCP");
    expect(d.kind).toBe("options");
    expect(d.level).toEqual({ name: "IPPROTO_TCP", value: 6 });
    expect(d.header).toMatch(/tcp\.h$/);
    expect(d.sources.length).toBeGreaterThan(0);
    for (const source of d.sources) expect(source.version).not.toBe("");
  });

  it("suggests the intended name for a typo", () => {
    try {
      sc.lookup("TCP_KEEPIDEL", "linux-x64");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(sc.SockconstError);
      expect((error as InstanceType<typeof sc.SockconstError>).suggestions).toContain("TCP_KEEPIDLE");
    }
  });

  it("every family has a kind the runtime understands and every flags family decodes", () => {
    for (const family of sc.families) {
      expect(["enumeration", "flags", "options", "levels", "errors", "ioctls", "values"]).toContain(family.kind);
      if (family.kind === "flags") expect(() => sc.decodeFlags(0, family.name, "linux-x64")).not.toThrow();
      else expect(() => sc.decodeFlags(0, family.name, "linux-x64")).toThrow(/not of bit flags/);
    }
  });
});
