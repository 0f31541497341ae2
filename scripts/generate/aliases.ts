import type { HarvestFile } from "../schema/harvest.js";
import { familyOf, type Family } from "../../src/family.js";

/**
 * Names a header defines as another name of the same family with the same value (`#define SO_RCVTIMEO
 * SO_RCVTIMEO_OLD`, `MSG_TRYHARD = MSG_DONTROUTE`): reverse lookup puts the name they stand for first.
 */
export function aliasesOf(h: HarvestFile, families: readonly Family[]): string[] {
  return Object.entries(h.constants)
    .filter(([name, c]) => {
      const target = c.text?.replace(/^\(\s*(.*?)\s*\)$/, "$1");
      if (target === undefined || target === name || !/^[A-Za-z_]\w*$/.test(target)) return false;
      const other = h.constants[target];
      return other !== undefined && other.value === c.value && familyOf(target, families) === familyOf(name, families);
    })
    .map(([name]) => name);
}
