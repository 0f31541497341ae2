import path from "node:path";
import type { Target } from "../schema/target.js";

/** `--sysroot <target>=<dir>` values: a real include tree to use instead of the one rebuilt from its manifest. */
export function sysrootOverrides(values: string[], targets: Target[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const v of values) {
    const [id, dir] = v.split("=");
    if (!id || !dir) throw new Error(`--sysroot takes <target>=<dir>, got "${v}"`);
    if (!targets.some((t) => t.id === id && t.sysroot)) {
      throw new Error(`--sysroot: "${id}" is not a sysroot target; those are ${targets.filter((t) => t.sysroot).map((t) => t.id).join(", ")}`);
    }
    map.set(id, path.resolve(dir));
  }
  return map;
}
