/**
 * sockconst/codec: the bytes an FFI caller hands the kernel. Option values for setsockopt and from
 * getsockopt, socket addresses for bind/connect and from getsockname, and control-message buffers for
 * sendmsg and from recvmsg — each laid out for a platform from its harvested struct layouts, its byte order
 * and CMSG numbers as its compiler computed them, and what the records of data/options say each option
 * takes. A separate entry: the root `sockconst` stays a table of values.
 *
 * Every function takes an optional platform id and uses the host's without one.
 */
export { encodeOption, decodeOption, optionType, type Linger, type OptionTypeInfo, type OptionValue, type StructValue, type Timeval } from "./option.js";
export { encodeSockaddr, decodeSockaddr, type Sockaddr, type SockaddrInput } from "./sockaddr.js";
export { encodeStruct, decodeStruct } from "./struct.js";
export { controlMessages, encodeControlMessages, type ControlMessage, type ControlMessageInput } from "./cmsg.js";
export type { ValueType } from "./option-types.js";
export type { LayoutField, StructLayout } from "../layout.js";
export { SockconstError, type SockconstErrorCode } from "../errors.js";
export type { PlatformId } from "../index.js";
import { targetOf } from "./target.js";
import type { PlatformId } from "../index.js";
import type { StructLayout } from "../layout.js";

/**
 * A struct's layout on a platform (the host's without one) as the compiler laid it out: size, alignment,
 * each member's offset and size; `undefined` where the platform has no such struct.
 * @throws SockconstError UNKNOWN_PLATFORM, NO_HOST, NO_LAYOUT (no layouts harvested for the platform).
 */
export function layoutOf(struct: string, platform?: PlatformId): StructLayout | undefined {
  const t = targetOf(platform);
  return t.has(struct) ? t.struct(struct) : undefined;
}
