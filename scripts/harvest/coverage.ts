import type { ReferenceEntry } from "../schema/reference.js";
import type { HarvestFile } from "../schema/harvest.js";

/**
 * Reference names (CPython's socket constants) whose C identifier the headers define but the table
 * neither holds nor explains: each is a constant dropped silently, which the harvest refuses.
 */
export function droppedReferenceNames(reference: ReferenceEntry[], file: HarvestFile, defined: Set<string>): string[] {
  return reference
    .filter((r) => defined.has(r.c_name ?? r.name) && !(r.name in file.constants) && !(r.name in file.omitted))
    .map((r) => r.name);
}
