/** A platform as the codec needs it: its OS, byte order and control-message numbers, and its struct layouts. */
import { SockconstError } from "../errors.js";
import { catalog, lookup, type PlatformId } from "../index.js";
import { abiOf, layouts, type Abi, type StructLayout } from "../layout.js";

export interface Target {
  readonly id: PlatformId;
  readonly os: string;
  readonly abi: Abi;
  readonly littleEndian: boolean;
  /** A struct's harvested layout here; NO_LAYOUT naming the struct and platform when there is none. */
  struct(name: string): StructLayout;
  /** Whether the platform has a layout for the struct. */
  has(name: string): boolean;
  /** A constant's value here, or INVALID_VALUE when the platform lacks it. */
  constant(name: string, what: string): number;
}

const cache = new Map<PlatformId, Target>();

/** @throws SockconstError UNKNOWN_PLATFORM, NO_HOST, or NO_LAYOUT where no layouts were harvested. */
export function targetOf(platform?: PlatformId): Target {
  const id = catalog.platformId(platform);
  let target = cache.get(id);
  if (target !== undefined) return target;
  const abi = abiOf(id);
  const structs = layouts[id] as Readonly<Record<string, StructLayout>> | undefined;
  if (abi === undefined || structs === undefined) {
    throw new SockconstError("NO_LAYOUT", `No struct layouts were harvested for ${id} (its headers are not at hand), so nothing can be encoded for it`);
  }
  target = {
    id,
    os: catalog.osOf(id),
    abi,
    littleEndian: abi.byteOrder === "little",
    struct(name) {
      const layout = structs[name];
      if (layout !== undefined) return layout;
      throw new SockconstError("NO_LAYOUT", `${id} has no harvested layout of ${name} (data/structs lists the structs harvested)`);
    },
    has: (name) => structs[name] !== undefined,
    constant(name, what) {
      const value = lookup(name, id);
      if (value !== undefined) return value;
      throw new SockconstError("INVALID_VALUE", `${what}: ${id} does not define ${name}`);
    },
  };
  cache.set(id, target);
  return target;
}
