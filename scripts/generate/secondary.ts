import type { HarvestFile } from "../schema/harvest.js";
import { familyOf, type Family } from "../../src/family.js";

/**
 * Where the target has the kernel's own headers (Linux's UAPI), the names only the C library defines:
 * reverse lookup puts them after the kernel's (glibc's IP_PMTUDISC and IPV6_JOIN_GROUP after the kernel's
 * IP_MTU_DISCOVER and IPV6_ADD_MEMBERSHIP), which are the names the kernel's tools and tracers print.
 */
export function libcOnlyNames(h: HarvestFile): string[] {
  if (!Object.values(h.constants).some((c) => c.interface)) return [];
  return Object.entries(h.constants)
    .filter(([, c]) => !c.interface)
    .map(([name]) => name);
}

/**
 * Names a header defines as another name of the same family with the same value (`#define SO_RCVTIMEO
 * SO_RCVTIMEO_OLD`, `MSG_TRYHARD = MSG_DONTROUTE`): reverse lookup puts the name they stand for first.
 */
export function aliasNames(h: HarvestFile, families: readonly Family[]): string[] {
  return Object.entries(h.constants)
    .filter(([name, c]) => {
      const target = c.text?.replace(/^\(\s*(.*?)\s*\)$/, "$1");
      if (target === undefined || target === name || !/^[A-Za-z_]\w*$/.test(target)) return false;
      const other = h.constants[target];
      return other !== undefined && other.value === c.value && familyOf(target, families) === familyOf(name, families);
    })
    .map(([name]) => name);
}
