import type { OptionsFile } from "../schema/option.js";
import type { Role } from "../../src/packed.js";

/** Per OS, per role, the names the option records give that role. */
export function rolesByOs(files: readonly OptionsFile[]): Record<string, Partial<Record<Role, string[]>>> {
  const out: Record<string, Partial<Record<Role, string[]>>> = {};
  for (const f of files) {
    const os = (out[f.os] ??= {});
    for (const r of f.options) for (const role of r.roles) (os[role] ??= []).push(r.name);
  }
  return out;
}
