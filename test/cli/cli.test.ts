// The CLI as a user runs it: the `sockconst` bin of the package installed from its tarball (so the bundled
// zod and the bin entry are part of what is tested), each command end to end, with its exit status.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pythonSocketConstants } from "../runtime/evidence.js";
import { consumerDir } from "../runtime/paths.js";

const consumer = consumerDir();
const bin = join(consumer, "node_modules", ".bin", process.platform === "win32" ? "sockconst.cmd" : "sockconst");

function sockconst(...args: string[]) {
  const run = spawnSync(bin, args, { cwd: consumer, encoding: "utf8", shell: process.platform === "win32" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function json(...args: string[]): unknown {
  const run = sockconst(...args, "--json");
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout);
}

const python = pythonSocketConstants();
const hostIsLinuxX64 = process.platform === "linux" && process.arch === "x64";

describe("sockconst NAME", () => {
  it("prints an aligned table of every platform, hex and decimal, — where absent", () => {
    const run = sockconst("TCP_KEEPIDLE");
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toContain("TCP_KEEPIDLE");
    expect(lines[1]).toMatch(/^platform\s+hex\s+decimal$/);
    expect(lines).toContainEqual(expect.stringMatching(/^linux-x64\s+0x4\s+4$/));
    expect(lines).toContainEqual(expect.stringMatching(/^darwin-arm64\s+—\s+—$/));
    // aligned: every row as long as the header row
    const rows = lines.slice(1);
    expect(new Set(rows.map((line) => line.length)).size).toBe(1);
  });

  it("agrees with Python on the host", () => {
    if (python === undefined || !hostIsLinuxX64) return;
    const values = (json("TCP_KEEPIDLE") as { values: Record<string, number | null> }).values;
    expect(values["linux-x64"]).toBe(python.TCP_KEEPIDLE);
    expect(values["darwin-arm64"]).toBeNull();
  });

  it("prints one value with --platform", () => {
    const run = sockconst("TCP_KEEPALIVE", "--platform", "darwin-arm64");
    expect(run).toEqual({ status: 0, stdout: "16 (0x10)\n", stderr: "" });
    expect(json("TCP_KEEPALIVE", "-p", "darwin-arm64")).toEqual({
      name: "TCP_KEEPALIVE",
      platform: "darwin-arm64",
      value: 16,
    });
  });

  it("exits 1 when the platform lacks the name, saying where it exists", () => {
    const run = sockconst("TCP_KEEPALIVE", "--platform", "linux-x64");
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("TCP_KEEPALIVE is not defined on linux-x64");
    expect(run.stderr).toContain("darwin-arm64");
    const asJson = sockconst("TCP_KEEPALIVE", "--platform", "linux-x64", "--json");
    expect(asJson.status).toBe(1);
    expect(JSON.parse(asJson.stdout)).toEqual({ name: "TCP_KEEPALIVE", platform: "linux-x64", value: null });
  });

  it("exits 2 on an unknown name, suggesting the closest", () => {
    const run = sockconst("TCP_KEEPIDEL");
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/No platform defines "TCP_KEEPIDEL".*TCP_KEEPIDLE/);
  });

  it("exits 2 on an unknown platform, listing the valid ids", () => {
    const run = sockconst("TCP_NODELAY", "--platform", "linux-x65");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown platform "linux-x65"');
    expect(run.stderr).toContain("did you mean linux-x64");
    expect(run.stderr).toContain("darwin-arm64, win32-x64");
  });

  it("exits 2 on something that is not a name", () => {
    const run = sockconst("TCP-NODELAY");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("is not a constant name");
  });
});

describe("sockconst name", () => {
  it("prints the names of a value, preferred first", () => {
    const run = sockconst("name", "TCP", "4", "--platform", "linux-x64");
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")).toContain("TCP_KEEPIDLE");
    expect(sockconst("name", "AF", "1", "--platform", "linux-x64").stdout).toBe("AF_FILE\nAF_UNIX\nAF_LOCAL\n");
    expect(sockconst("name", "TCP", "0x10", "--platform", "darwin-arm64").stdout).toBe("TCP_KEEPALIVE\n");
    expect(json("name", "AF", "2", "--platform", "linux-x64")).toEqual({
      family: "AF",
      value: 2,
      platform: "linux-x64",
      names: ["AF_INET"],
    });
  });

  it("takes the host without --platform", () => {
    if (!hostIsLinuxX64 || python === undefined) return;
    expect(sockconst("name", "TCP", String(python.TCP_KEEPIDLE)).stdout.split("\n")).toContain("TCP_KEEPIDLE");
  });

  it("exits 1 when no name has the value", () => {
    const run = sockconst("name", "TCP", "99999", "--platform", "linux-x64");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("no TCP name has the value 99999");
  });

  it("exits 2 on a value that is not an integer, or an unknown family", () => {
    for (const bad of ["4.5", "x", "0x", "0755", "99999999999999999999"]) {
      const run = sockconst("name", "TCP", bad, "--platform", "linux-x64");
      expect(run.status, bad).toBe(2);
      expect(run.stderr, bad).toMatch(/not an integer|too large/);
    }
    const family = sockconst("name", "TPC", "4");
    expect(family.status).toBe(2);
    expect(family.stderr).toMatch(/Unknown family "TPC" \(did you mean TCP.*\); valid families: .*MSG/);
  });
});

describe("sockconst decode", () => {
  it("splits a flag word into names", () => {
    const run = sockconst("decode", "MSG", "0x42", "--platform", "linux-x64");
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n").slice(1, 3)).toEqual([
      expect.stringMatching(/^MSG_PEEK\s+0x2$/),
      expect.stringMatching(/^MSG_DONTWAIT\s+0x40$/),
    ]);
    expect(json("decode", "MSG", "66", "--platform", "darwin-arm64")).toEqual({
      family: "MSG",
      value: 66,
      platform: "darwin-arm64",
      names: ["MSG_PEEK", "MSG_WAITALL"],
      rest: 0,
    });
  });

  it("agrees with Python's flag values on the host", () => {
    if (!hostIsLinuxX64 || python === undefined) return;
    const word = python.MSG_PEEK! | python.MSG_TRUNC! | python.MSG_WAITALL!;
    const decoded = json("decode", "MSG", String(word)) as { names: string[] };
    expect(decoded.names).toEqual(expect.arrayContaining(["MSG_PEEK", "MSG_TRUNC", "MSG_WAITALL"]));
  });

  it("exits 1 and shows the rest when some bits have no name", () => {
    const run = sockconst("decode", "MSG", "0x40000002", "--platform", "win32-x64");
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/\(no name\)\s+0x40000000/);
    expect(run.stderr).toContain("0x40000000 of 0x40000002 has no MSG name on win32-x64");
  });

  it("accepts a negative word after --", () => {
    const run = sockconst("decode", "MSG", "--json", "--platform", "linux-x64", "--", "-2147483646");
    expect(JSON.parse(run.stdout).names).toContain("MSG_PEEK");
  });

  it("exits 2 for a family that is not flags, naming the flag families", () => {
    const run = sockconst("decode", "TCP", "1", "--platform", "linux-x64");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/TCP is a family of options, not of bit flags; flag families: .*MSG/);
  });
});

describe("sockconst list", () => {
  it("lists a family on a platform by value", () => {
    const run = sockconst("list", "TCP", "--platform", "darwin-arm64");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^TCP_KEEPALIVE\s+0x10\s+16$/m);
    expect(run.stdout).not.toMatch(/TCP_KEEPIDLE/);
    const listed = json("list", "TCP", "--platform", "linux-x64") as { constants: Record<string, number> };
    expect(listed.constants.TCP_NODELAY).toBe(1);
    if (python !== undefined && hostIsLinuxX64) expect(listed.constants.TCP_KEEPCNT).toBe(python.TCP_KEEPCNT);
  });

  it("lists the families without an argument", () => {
    const run = sockconst("list");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^MSG\s+flags\s/m);
    expect(run.stdout).toMatch(/^TCP\s+options\s+IPPROTO_TCP\s/m);
  });

  it("exits 1 when the platform has none of the family", () => {
    const empty = (json("list") as { name: string }[])
      .map((f) => f.name)
      .find((name) => sockconst("list", name, "--platform", "win32-x64").status === 1);
    if (empty === undefined) return; // every family exists on Windows: nothing to show
    expect(sockconst("list", empty, "--platform", "win32-x64").stderr).toContain(
      `win32-x64 defines no ${empty} constant`,
    );
  });

  it("exits 2 on an unknown family", () => {
    expect(sockconst("list", "NOPE").status).toBe(2);
  });
});

describe("sockconst diff", () => {
  it("lists names that differ, with — for absence", () => {
    const run = sockconst("diff", "linux-x64", "darwin-arm64", "--family", "TCP");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^name\s+linux-x64\s+darwin-arm64$/m);
    expect(run.stdout).toMatch(/^TCP_KEEPALIVE\s+—\s+0x10 \(16\)$/m);
    expect(run.stdout).toMatch(/^TCP_KEEPIDLE\s+0x4 \(4\)\s+—$/m);
    expect(run.stdout).not.toMatch(/^TCP_NODELAY\s/m); // 1 on both
    expect(run.stdout).not.toMatch(/^AF_INET6\s/m); // another family
  });

  it("gives JSON with both values", () => {
    const out = json("diff", "linux-x64", "win32-x64", "--family", "AF") as {
      differences: { name: string; "linux-x64": number | null; "win32-x64": number | null }[];
    };
    expect(out.differences).toContainEqual({ name: "AF_INET6", "linux-x64": 10, "win32-x64": 23 });
  });

  it("says so when nothing differs", () => {
    expect(sockconst("diff", "linux-x64", "linux-x64").stdout).toContain("no differences");
  });

  it("exits 2 on a bad platform, a missing one, or an option it does not take", () => {
    expect(sockconst("diff", "linux-x64", "darwin").status).toBe(2);
    const missing = sockconst("diff", "linux-x64");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("takes PLATFORM PLATFORM");
    expect(sockconst("diff", "linux-x64", "darwin-arm64", "--platform", "linux-x64").stderr).toContain(
      "does not take --platform",
    );
  });
});

describe("sockconst describe and platforms", () => {
  it("describes a constant", () => {
    const run = sockconst("describe", "TCP_NODELAY", "--platform", "linux-x64");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^level\s+IPPROTO_TCP = 6$/m);
    expect(run.stdout).toMatch(/^header\s+<.*tcp\.h>/m);
    const out = json("describe", "TCP_NODELAY", "--platform", "linux-x64") as { value: number; sources: unknown[] };
    expect(out.value).toBe(1);
    expect(out.sources.length).toBeGreaterThan(0);
    expect(sockconst("describe", "TCP_KEEPALIVE", "--platform", "linux-x64").status).toBe(1);
  });

  it("shows an option's value type and its struct's layout on the platform", () => {
    const run = sockconst("describe", "SO_LINGER", "--platform", "win32-x64");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^layout\s+struct linger: 4 bytes, aligned to 2$/m);
    expect(run.stdout).toMatch(/^\s+l_onoff\s+offset 0, 2 bytes\s+u_short$/m);
    expect(run.stdout).toMatch(/^\s+l_linger\s+offset 2, 2 bytes\s+u_short$/m);
    const out = json("describe", "SO_RCVTIMEO", "--platform", "linux-arm") as { size: number; layout: { fields: { name: string; offset: number }[] } };
    expect(out.size).toBe(8);
    expect(out.layout.fields.map((f) => [f.name, f.offset])).toEqual([["tv_sec", 0], ["tv_usec", 4]]);
  });

  it("lists platforms, marking the host", () => {
    const out = json("platforms") as { platforms: string[]; host: string | null };
    expect(out.platforms).toContain("linux-x64");
    if (hostIsLinuxX64) expect(sockconst("platforms").stdout).toMatch(/^linux-x64 \*$/m);
  });
});

describe("sockconst since", () => {
  it("prints one row per OS: an exact release from a man page, a bound from sampled headers", () => {
    const run = sockconst("since", "SO_REUSEPORT");
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("SO_REUSEPORT");
    expect(lines[1]).toMatch(/^os\s+since\s+removed$/);
    expect(lines).toContainEqual(expect.stringMatching(/^linux\s+Linux 3\.9\s+—$/));
    expect(lines).toContainEqual(expect.stringMatching(/^darwin\s+macOS ≤ 10\.5\s+—$/));
  });

  it("shows one OS with its sources, removal included, for a name the tables no longer have", () => {
    const run = sockconst("since", "SO_RESTRICTIONS", "--platform", "darwin-arm64");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^removed\s+macOS 10\.8 < … ≤ 10\.9$/m);
    expect(run.stdout).toMatch(/^source\s+.*xnu-2422\.1\.72/m);
    const out = json("since", "SO_RESTRICTIONS", "-p", "darwin-arm64") as { os: string; removed: { after: string; atMost: string } };
    expect(out.os).toBe("darwin");
    expect(out.removed).toMatchObject({ after: "10.8", atMost: "10.9", of: "macOS" });
  });

  it("gives every OS in --json, null where nothing dates the name", () => {
    const out = json("since", "TCP_KEEPIDLE") as { oses: Record<string, { since: { of: string } } | null> };
    expect(Object.keys(out.oses)).toEqual(["linux", "darwin", "win32", "freebsd", "openbsd", "netbsd"]);
    expect(out.oses.linux?.since.of).toBe("Linux");
  });

  it("exits 1 where the OS has no date for the name, 2 for a name nothing knows", () => {
    const absent = sockconst("since", "TCP_KEEPALIVE", "--platform", "linux-x64");
    expect(absent.status).toBe(1);
    expect(absent.stderr).toContain("nothing dates TCP_KEEPALIVE on linux");
    const unknown = sockconst("since", "TCP_KEEPIDEL");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/TCP_KEEPIDLE/);
  });
});

describe("usage", () => {
  it("--help on every command, exit 0", () => {
    for (const args of [
      ["--help"],
      ["-h"],
      ["help"],
      ["TCP_NODELAY", "--help"],
      ...["name", "decode", "list", "diff", "describe", "since", "platforms"].map((c) => [c, "--help"]),
    ]) {
      const run = sockconst(...args);
      expect(run.status, args.join(" ")).toBe(0);
      expect(run.stdout, args.join(" ")).toMatch(/Usage/);
    }
    expect(sockconst("decode", "--help").stdout).toContain("sockconst decode FAMILY VALUE");
  });

  it("no arguments, unknown options and extra arguments are usage errors", () => {
    const none = sockconst();
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("Usage");
    const option = sockconst("TCP_NODELAY", "--bogus");
    expect(option.status).toBe(2);
    expect(option.stderr).toContain("--bogus");
    expect(sockconst("TCP_NODELAY", "TCP_CORK").status).toBe(2);
    expect(sockconst("decode", "MSG").stderr).toContain("takes FAMILY VALUE");
  });
});

describe("a reader that stops early", () => {
  it("ends the output quietly when the pipe closes", () => {
    // `sockconst list SO ... | head -1`: the shell closes the pipe after one line.
    const run = spawnSync("sh", ["-c", `"${bin}" diff linux-x64 freebsd-x64 | head -1`], { cwd: consumer, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toBe("");
  });
});
