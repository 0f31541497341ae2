import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { root, sourcesDir } from "../../scripts/lib/paths.js";
import { zigBinary } from "../../scripts/probe/zig.js";

/**
 * A failed or fed-bad harvest changes nothing and says why. Each case runs the real command on a scratch
 * copy of the repository (its own staged linux-x64 headers, this checkout's node_modules), injects one
 * fault, and checks the exit status, the message, and that every committed output is byte-identical.
 */
function scratchCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sockconst-fault-"));
  const listed = spawnSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], { cwd: root, encoding: "utf8" });
  for (const file of listed.stdout.split("\0").filter((f) => f && fs.existsSync(path.join(root, f)))) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(path.join(root, file), path.join(dir, file));
  }
  fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  // The staged record trusts a file whose size and time are unchanged: the copy keeps both.
  for (const pkg of ["linux-libc-dev", "libbluetooth-dev"]) {
    fs.cpSync(path.join(sourcesDir, pkg), path.join(dir, "headers-cache", "sources", pkg), { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
  }
  return dir;
}

/** Every committed output of a harvest, as one digest. */
function outputs(dir: string): string {
  const hash = crypto.createHash("sha256");
  const walk = (d: string): string[] =>
    fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  const files = [...walk(path.join(dir, "generated")), ...walk(path.join(dir, "headers-cache")).filter((f) => !f.includes(`${path.sep}sources${path.sep}`) && !f.includes(`${path.sep}scratch${path.sep}`)), path.join(dir, "package.json"), path.join(dir, "data", "headers.lock.json")];
  for (const f of files.sort()) hash.update(path.relative(dir, f)).update(fs.readFileSync(f));
  return hash.digest("hex");
}

function run(dir: string, script: string, args: string[], env: Record<string, string> = {}) {
  const out = spawnSync(process.execPath, ["--import", "tsx", script, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, ...env } });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

const harvest = (dir: string, env?: Record<string, string>) => run(dir, "scripts/harvest/main.ts", ["--target", "linux-x64", "--fresh"], env);

function fakeZig(dir: string, body: string): string {
  const file = path.join(dir, "fake-zig");
  fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return file;
}

describe("a harvest fed bad input changes no committed file", { timeout: 240_000 }, () => {
  it("refuses a changed value and writes neither headers-cache/ nor generated/", () => {
    const dir = scratchCopy();
    const file = path.join(dir, "headers-cache", "linux-x64.json");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/("TCP_NODELAY": \{\s*"value": )1,/, "$17,"));
    const before = outputs(dir);
    const r = harvest(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("changed: TCP_NODELAY 7 -> 1");
    expect(r.stderr).toMatch(/linux-x64: names were removed or changed .*--accept/);
    expect(r.stderr).toContain("nothing was written");
    expect(outputs(dir)).toBe(before);
  });

  it("stops at a staged header altered after staging, naming it", () => {
    const dir = scratchCopy();
    fs.appendFileSync(path.join(dir, "headers-cache/sources/linux-libc-dev/usr/include/linux/tcp.h"), "#define TCP_SOCKCONST_INJECTED 99\n");
    const before = outputs(dir);
    const r = harvest(dir);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("linux-libc-dev/usr/include/linux/tcp.h: differs from the file staged");
    expect(r.stderr).toContain("npm run headers -- --restage");
    expect(outputs(dir)).toBe(before);
  });

  it("stops at a staged header deleted after staging, instead of taking another layer's copy", () => {
    const dir = scratchCopy();
    fs.rmSync(path.join(dir, "headers-cache/sources/linux-libc-dev/usr/include/linux/can/raw.h"));
    const before = outputs(dir);
    const r = harvest(dir);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("linux-libc-dev/usr/include/linux/can/raw.h: missing");
    expect(outputs(dir)).toBe(before);
  });

  it("stops when the compiler claims success but writes nothing", () => {
    const dir = scratchCopy();
    // A real zig for everything but the compiles themselves, which exit 0 with no output.
    const zig = fakeZig(dir, `case "$1" in -cc1) exit 0;; esac\nexec "${zigBinary()}" "$@"`);
    const before = outputs(dir);
    const r = harvest(dir, { SOCKCONST_ZIG: zig });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/linux-x64 \(linux-libc\): the compiler reported success but printed nothing/);
    expect(outputs(dir)).toBe(before);
  });

  it("names a missing compiler in one line, without a stack trace", () => {
    const dir = scratchCopy();
    for (const script of ["scripts/harvest/main.ts", "scripts/headers/main.ts"]) {
      const r = run(dir, script, script.includes("harvest") ? ["--target", "linux-x64"] : [], { SOCKCONST_ZIG: path.join(dir, "no-such-zig") });
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(/^✗ cannot run the compiler .*no-such-zig.*npm install/);
    }
    expect(run(dir, "scripts/headers/main.ts", [], { SOCKCONST_ZIG: fakeZig(dir, "exit 3") }).stderr).toMatch(/^✗ cannot run the compiler .*fake-zig/);
  });
});
