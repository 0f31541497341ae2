/**
 * sockconst: C socket constants with their value on every platform.
 *
 * This entry holds every platform's table, packed. To ship a single platform's constants (a browser
 * bundle, a native binding built for one target), import `sockconst/<platform>` instead: a plain module
 * with one export per constant. Where each constant is defined, and with which headers, is in the
 * separate entry `sockconst/describe`, loaded only by those who ask.
 */
import { catalog as packed } from "../generated/catalog.js";
import { platforms as ids, type PlatformId } from "../generated/platforms.js";
import { createCatalog, type Decoded, type Role, type Table } from "./catalog.js";
import type { Family } from "./family.js";
import { platformIdFor, readHostFacts } from "./host.js";

export { SockconstError, type SockconstErrorCode } from "./errors.js";
export type { Family, FamilyKind } from "./family.js";
export type { Decoded, PlatformId, Role, Table };

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
    host = (ids as readonly string[]).includes(id as string) ? (id as PlatformId) : undefined;
    hostKnown = true;
  }
  return host;
}

/** @internal The catalog behind every function here, shared with the `sockconst/describe` entry. */
export const catalog = createCatalog<PlatformId>(packed, hostPlatform);

/** Every platform id, in reading order (frozen). */
export const platforms: readonly PlatformId[] = catalog.platforms;

/** Every family record: name, kind, setsockopt level for options, prefixes, explicit members (frozen). */
export const families: readonly Family[] = catalog.families;

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
 * Every name of `family` whose value is `value` on a platform, preferred name first: a name defined as
 * another name of its family comes after that name, then shortest first, then by character code. Empty
 * when no name has that value. Useful for decoding a number seen in a trace.
 *
 * In an option family only the options answer (the headers file values, flags and cmsg types under the
 * same prefixes: IPV6_TLV_*, UDP_ENCAP_*); pass `role` ("cmsg", "value", "flag", "other") for the others.
 * @throws SockconstError UNKNOWN_FAMILY, UNKNOWN_PLATFORM, NO_HOST, INVALID_VALUE, INVALID_ARGUMENT.
 */
export const namesOf: (value: number, family: string, platform?: PlatformId, role?: Role) => readonly string[] =
  catalog.namesOf;

/**
 * Splits a flag word of a "flags" family (MSG, AI, NI, ...) into names. Each set bit is named by its
 * preferred name; a multi-bit name (a mask) is used only when all its bits are set and some are not
 * explained by single-bit names. Zero-valued names never appear. `rest` holds the bits no name covers.
 * A negative value down to -2^31 is read as a 32-bit two's complement word.
 * @throws SockconstError NOT_FLAGS (naming the flag families), UNKNOWN_FAMILY, UNKNOWN_PLATFORM, NO_HOST,
 * INVALID_VALUE.
 */
export const decodeFlags: (value: number, family: string, platform?: PlatformId) => Decoded = catalog.decodeFlags;

/**
 * A constant's value on every platform (`undefined` where absent), keyed by platform id in `platforms`
 * order; frozen.
 * @throws SockconstError UNKNOWN_NAME when no platform defines the name.
 */
export const compare: (name: string) => Readonly<Record<PlatformId, number | undefined>> = catalog.compare;

/**
 * The family a constant belongs to: the family listing it as a member, else the longest matching prefix.
 * @throws SockconstError UNKNOWN_NAME.
 */
export const familyOf: (name: string) => Family | undefined = catalog.familyOf;

/**
 * Every constant of a family on a platform as `[name, value]`, by value and then preferred name. An option
 * family lists its options unless `role` asks for its cmsg types, values, flags or other names.
 * @throws SockconstError UNKNOWN_FAMILY, UNKNOWN_PLATFORM, NO_HOST, INVALID_ARGUMENT.
 */
export const list: (family: string, platform?: PlatformId, role?: Role) => readonly (readonly [string, number])[] =
  catalog.membersOf;

/**
 * What a name of an option family is on a platform — an option, a cmsg type, a value or flag of an option,
 * or something else — as the OS's documentation says (data/options); undefined for a name without a record.
 * @throws SockconstError UNKNOWN_PLATFORM, NO_HOST.
 */
export const rolesOf: (name: string, platform?: PlatformId) => readonly Role[] | undefined = catalog.rolesOf;

/** The family record of a family name. @throws SockconstError UNKNOWN_FAMILY listing the valid names. */
export const family: (name: string) => Family = catalog.family;
