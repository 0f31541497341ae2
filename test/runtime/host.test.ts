import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { platformIdFor, readHostFacts } from "../../src/host.js";

describe("platformIdFor", () => {
  it("maps Node's and Deno's words to platform ids", () => {
    expect(platformIdFor({ os: "linux", arch: "x64", libc: "glibc" })).toBe("linux-x64");
    expect(platformIdFor({ os: "linux", arch: "x86_64", libc: "glibc" })).toBe("linux-x64");
    expect(platformIdFor({ os: "linux", arch: "arm64", libc: "musl" })).toBe("linux-arm64-musl");
    expect(platformIdFor({ os: "linux", arch: "aarch64", libc: "musl" })).toBe("linux-arm64-musl");
    expect(platformIdFor({ os: "linux", arch: "mips64el", libc: "glibc" })).toBe("linux-mips64el");
    expect(platformIdFor({ os: "darwin", arch: "arm64", libc: undefined })).toBe("darwin-arm64");
    expect(platformIdFor({ os: "darwin", arch: "aarch64", libc: undefined })).toBe("darwin-arm64");
    expect(platformIdFor({ os: "win32", arch: "ia32", libc: undefined })).toBe("win32-ia32");
    expect(platformIdFor({ os: "windows", arch: "x86_64", libc: undefined })).toBe("win32-x64");
    expect(platformIdFor({ os: "freebsd", arch: "arm64", libc: undefined })).toBe("freebsd-arm64");
    expect(platformIdFor({ os: "openbsd", arch: "x64", libc: undefined })).toBe("openbsd-x64");
    expect(platformIdFor({ os: "netbsd", arch: "x64", libc: undefined })).toBe("netbsd-x64");
  });

  it("gives up rather than guess", () => {
    expect(platformIdFor({ os: "linux", arch: "x64", libc: undefined })).toBeUndefined();
    expect(platformIdFor({ os: "android", arch: "arm64", libc: undefined })).toBeUndefined();
    expect(platformIdFor({ os: "aix", arch: "ppc64", libc: undefined })).toBeUndefined();
    expect(platformIdFor({ os: "linux", arch: "ppc", libc: "glibc" })).toBeUndefined();
    expect(platformIdFor({ os: "constructor", arch: "x64", libc: undefined })).toBeUndefined();
    expect(platformIdFor({ os: "linux", arch: "toString", libc: "glibc" })).toBeUndefined();
  });
});

describe("readHostFacts", () => {
  const report = (glibc?: string) => ({
    getReport: () => ({ header: glibc === undefined ? {} : { glibcVersionRuntime: glibc } }),
  });

  it("reads Node's process, telling glibc from musl by the report header", () => {
    expect(readHostFacts({ process: { platform: "linux", arch: "x64", report: report("2.36") } })).toEqual({
      os: "linux",
      arch: "x64",
      libc: "glibc",
    });
    expect(readHostFacts({ process: { platform: "linux", arch: "arm64", report: report() } })?.libc).toBe("musl");
    expect(readHostFacts({ process: { platform: "linux", arch: "x64" } })?.libc).toBeUndefined();
  });

  it("does not run the report off Linux", () => {
    let asked = false;
    const facts = readHostFacts({
      process: { platform: "darwin", arch: "arm64", report: { getReport: () => ((asked = true), {}) } },
    });
    expect(facts).toEqual({ os: "darwin", arch: "arm64", libc: undefined });
    expect(asked).toBe(false);
  });

  it("prefers Deno.build, which Deno 2 has alongside a process object", () => {
    const scope = {
      Deno: { build: { os: "linux", arch: "aarch64", env: "musl" } },
      process: { platform: "linux", arch: "x64", report: report("2.36") },
    };
    expect(readHostFacts(scope)).toEqual({ os: "linux", arch: "aarch64", libc: "musl" });
    expect(readHostFacts({ Deno: { build: { os: "linux", arch: "x86_64", env: "gnu" } } })?.libc).toBe("glibc");
  });

  it("is undefined in a browser-like scope and when globals throw", () => {
    expect(readHostFacts({})).toBeUndefined();
    expect(readHostFacts({ process: { env: {} } })).toBeUndefined(); // a bundler's process shim
    const hostile = Object.defineProperty({}, "process", {
      get() {
        throw new Error("denied");
      },
    });
    expect(readHostFacts(hostile)).toBeUndefined();
  });

  it("matches this machine as Python sees it", () => {
    let python: { machine: string; system: string; libc: string };
    try {
      python = JSON.parse(
        execFileSync(
          "python3",
          [
            "-c",
            "import json,platform; print(json.dumps({'machine': platform.machine(), 'system': platform.system(), 'libc': platform.libc_ver()[0]}))",
          ],
          { encoding: "utf8" },
        ),
      );
    } catch {
      console.warn("python3 not found: host cross-check skipped");
      return;
    }
    const facts = readHostFacts()!;
    expect(facts.os).toBe(python.system.toLowerCase() === "windows" ? "win32" : python.system.toLowerCase());
    const arch = { x86_64: "x64", amd64: "x64", aarch64: "arm64", arm64: "arm64" }[python.machine.toLowerCase()];
    if (arch !== undefined) expect(facts.arch).toBe(arch);
    if (facts.os === "linux") expect(facts.libc).toBe(python.libc === "glibc" ? "glibc" : "musl");
  });
});
