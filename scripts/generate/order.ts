import type { Target } from "../schema/target.js";
import { target } from "../schema/target.js";

const osOrder = target.shape.os.options;
const archOrder = target.shape.arch.options;

/** Platforms in a reading order: by OS, then architecture, then libc variant. */
export function platformOrder(a: Target, b: Target): number {
  return (
    osOrder.indexOf(a.os) - osOrder.indexOf(b.os) ||
    archOrder.indexOf(a.arch) - archOrder.indexOf(b.arch) ||
    a.id.length - b.id.length ||
    a.id.localeCompare(b.id)
  );
}
