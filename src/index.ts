/**
 * sockconst: C socket constants with their value on every platform.
 *
 * This entry holds every platform's table. To ship a single platform's constants (a browser bundle, a
 * native binding built for one target), import `sockconst/<platform>` instead: it is one plain object.
 */
import { families } from "../generated/families.js";
import { metas, tables } from "../generated/index.js";
import { platforms, type PlatformId } from "../generated/platforms.js";
import { createCatalog, type Decoded, type Description, type Source, type Table } from "./catalog.js";
import type { Family } from "./family.js";
import { platformIdFor, readHostFacts } from "./host.js";

export { SockconstError, type SockconstErrorCode } from "./errors.js";
export type { Family, FamilyKind } from "./family.js";
export type { Decoded, Description, PlatformId, Source, Table };
export { platforms, families };

let host: PlatformId | undefined;
let hostKnown = false;

/**
 * The platform id of the running process, from `Deno.build` or `process.platform`/`process.arch` (Node,
 * Bun), telling musl from glibc on Linux. `undefined` where it cannot tell: a browser, or an OS,
 * architecture or C library without a table. It never answers with a neighbouring platform's id.
 * 32-bit Linux answers the plain id; pass a `-time64` id yourself for code built with 64-bit time_t.
 * Computed once (on Linux, Node's diagnostic report costs a few milliseconds).
 */
export function hostPlatform(): PlatformId | undefined {
  if (!hostKnown) {
    const facts = readHostFacts();
    const id = facts === undefined ? undefined : platformIdFor(facts);
    host = (platforms as readonly string[]).includes(id as string) ? (id as PlatformId) : undefined;
    hostKnown = true;
  }
  return host;
}

const catalog = createCatalog<PlatformId>({ platforms, tables, metas, families, host: hostPlatform });

/** True when `value` is a platform id (narrows a string from user input to PlatformId). */
export const isPlatform: (value: unknown) => value is PlatformId = catalog.isPlatform;

/**
 * A platform's whole table, frozen; the host's without an argument.
 * @throws SockconstError UNKNOWN_PLATFORM, or NO_HOST when no platform is given and the host is unknown.
 */
export const table: (platform?: PlatformId) => Table = catalog.table;

/**
 * A constant's value on a platform (the host's without one), or `undefined` when that platform lacks it.
 * @throws SockconstError UNKNOWN_NAME (with the closest known names) when no platform defines the name.
 */
export const lookup: (name: string, platform?: PlatformId) => number | undefined = catalog.lookup;

/**
 * Every name of `family` whose value is `value` on a platform, preferred name first: shortest name first,
 * then by character code (`EAGAIN` before `EWOULDBLOCK`, `MSG_DONTWAIT` before `MSG_NONBLOCK`).
 * Empty when no name has that value. Useful for decoding a number seen in a trace.
 * @throws SockconstError UNKNOWN_FAMILY, UNKNOWN_PLATFORM, NO_HOST, INVALID_VALUE (not a safe integer).
 */
export const namesOf: (value: number, family: string, platform?: PlatformId) => readonly string[] = catalog.namesOf;

/**
 * Splits a flag word of a "flags" family (MSG, AI, NI, ...) into names. Single-bit names come first: each
 * set bit is named by its preferred name; a multi-bit name (a mask) is used only when all its bits are set
 * and some are not explained by single-bit names. Zero-valued names never appear. `rest` holds the bits
 * no name covers. A negative value down to -2^31 is read as a 32-bit two's complement word.
 * @throws SockconstError NOT_FLAGS (naming the flag families), UNKNOWN_FAMILY, UNKNOWN_PLATFORM, NO_HOST,
 * INVALID_VALUE.
 */
export const decodeFlags: (value: number, family: string, platform?: PlatformId) => Decoded = catalog.decodeFlags;

/**
 * A constant's value on every platform (`undefined` where absent), keyed by platform id in `platforms` order.
 * @throws SockconstError UNKNOWN_NAME when no platform defines the name.
 */
export const compare: (name: string) => Record<PlatformId, number | undefined> = catalog.compare;

/**
 * Everything known about a constant on a platform: value, family and its kind, the setsockopt level for
 * options, the defining header, how it is defined, and the header packages with their versions.
 * `undefined` when the platform lacks the name.
 * @throws SockconstError UNKNOWN_NAME, UNKNOWN_PLATFORM, NO_HOST.
 */
export const describe: (name: string, platform?: PlatformId) => Description<PlatformId> | undefined = catalog.describe;

/**
 * The family a constant belongs to: the family listing it as a member, else the longest matching prefix.
 * @throws SockconstError UNKNOWN_NAME.
 */
export const familyOf: (name: string) => Family | undefined = catalog.familyOf;

/**
 * Every constant of a family on a platform as `[name, value]`, by value and then preferred name.
 * @throws SockconstError UNKNOWN_FAMILY, UNKNOWN_PLATFORM, NO_HOST.
 */
export const list: (family: string, platform?: PlatformId) => readonly (readonly [string, number])[] =
  catalog.membersOf;

/** The family record of a family name. @throws SockconstError UNKNOWN_FAMILY listing the valid names. */
export const family: (name: string) => Family = catalog.family;
