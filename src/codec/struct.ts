/** encodeStruct and decodeStruct: any harvested struct by name, for control-message data and the like. */
import type { PlatformId } from "../index.js";
import { asBytes } from "./bytes.js";
import { decodeStruct as decode, encodeStruct as encode } from "./structs.js";
import { targetOf } from "./target.js";

/**
 * A struct's bytes on a platform (the host's without one): the shaped structs by their keys (`linger`,
 * `timeval`, `ip_mreq`, `in_pktinfo`, ...), any other by its C field names (`ucred` → `{ pid, uid, gid }`).
 * @throws SockconstError INVALID_VALUE, NO_LAYOUT, UNKNOWN_PLATFORM, NO_HOST.
 */
export function encodeStruct(struct: string, value: unknown, platform?: PlatformId): Uint8Array {
  const t = targetOf(platform);
  return encode(t, struct, t.struct(struct), value, `struct ${struct} on ${t.id}`);
}

/**
 * A struct read from its bytes on a platform (the host's without one), as encodeStruct takes it.
 * @throws SockconstError BUFFER_TOO_SHORT, NO_LAYOUT, UNKNOWN_PLATFORM, NO_HOST.
 */
export function decodeStruct(struct: string, bytes: Uint8Array, platform?: PlatformId): unknown {
  const t = targetOf(platform);
  return decode(t, struct, t.struct(struct), asBytes(bytes, `the bytes of struct ${struct}`), `struct ${struct} on ${t.id}`);
}
