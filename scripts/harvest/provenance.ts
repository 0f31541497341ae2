import type { Target } from "../schema/target.js";
import type { LockedPackage } from "../schema/lock.js";
import type { SysrootManifest } from "../schema/sysroot.js";
import { zigPackage, zigVersion } from "../probe/zig.js";

/** Compiler, triple and every header package a harvest used (the compiler's own always), with versions. */
export function provenanceOf(t: Target, used: Iterable<string>, lock: LockedPackage[], manifests: SysrootManifest[]) {
  const version = zigVersion();
  const sources = [...used, zigPackage]
    .filter((s, i, all) => all.indexOf(s) === i)
    .sort()
    .map((s) => {
      if (s.startsWith("sysroot:")) {
        const release = manifests.find((m) => `sysroot:${m.target}` === s)?.release;
        return { package: s, version: release ?? "unknown", registry: "sysroot" };
      }
      const pkg = lock.find((p) => p.name === s)!;
      return { package: pkg.name, version: pkg.version, registry: pkg.suite ? `${pkg.registry} ${pkg.suite}` : pkg.registry };
    });
  return { compiler: `zig ${version.zig} (clang ${version.clang})`, triple: t.triple, sources };
}
