import path from "node:path";
import { cacheDir } from "../lib/paths.js";
import { zigBuiltinInclude } from "../probe/zig.js";

/** The tree of data/sysroots/win32-sdk.json, staged (never committed) by `npm run sysroot`. */
export const sdkTree = "win32-sdk";

/** The SDK's include folders in the order Visual Studio's INCLUDE variable lists them. */
export const sdkIncludeDirs = ["um", "shared", "ucrt"];

/** Our stand-ins for the MSVC toolset headers the SDK includes but does not ship (headers-cache/msvc-stubs/README.md). */
export const stubsDir = path.join(cacheDir, "msvc-stubs");

/**
 * The Windows targets the SDK is harvested for and the triple MSVC 19.40 (Visual Studio 2022 17.10)
 * compiles for: the SDK's headers test _MSC_VER and the MSVC-only keywords, so the mingw triple would
 * take other branches than Visual Studio does.
 */
export const sdkTriples: Readonly<Record<string, string>> = {
  "win32-x64": "x86_64-pc-windows-msvc19.40.0",
  "win32-ia32": "i686-pc-windows-msvc19.40.0",
  "win32-arm64": "aarch64-pc-windows-msvc19.40.0",
};

/**
 * cc1 flags, not `zig cc` ones: zig's driver would add its own mingw or MSVC search folders for a windows
 * triple. -nostdsysteminc -nobuiltininc leave exactly these folders: clang's builtin headers (stddef.h,
 * stdarg.h, limits.h), the stubs, and the SDK through the case-insensitive overlay (overlay.ts).
 */
export function sdkCc1(triple: string, tree: string, overlay: string, defines: string[]): string[] {
  return [
    "-triple",
    triple,
    "-fms-extensions",
    "-fms-compatibility",
    "-fms-compatibility-version=19.40",
    "-fdeclspec",
    "-nostdsysteminc",
    "-nobuiltininc",
    "-internal-isystem",
    zigBuiltinInclude(),
    "-isystem",
    stubsDir,
    "-ivfsoverlay",
    overlay,
    ...sdkIncludeDirs.flatMap((d) => ["-isystem", path.join(tree, d)]),
    ...defines.map((d) => `-D${d}`),
  ];
}
