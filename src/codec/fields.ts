/** One member of a struct in and out of bytes, by what it holds: an integer, a flag, an address, a sockaddr, bytes. */
import { SockconstError, shown } from "../errors.js";
import type { LayoutField } from "../layout.js";
import { asBytes, checkedInt, readBits, readInt, writeBits, writeInt } from "./bytes.js";
import { formatIPv4, formatIPv6, parseIPv4, parseIPv6 } from "./inet.js";
import { decodeSockaddr, encodeSockaddr, type Sockaddr, type SockaddrInput } from "./sockaddr.js";
import type { Target } from "./target.js";

/**
 * How a member is read: `int` a number (a bigint past 2^53), `int64` always a bigint, `bool` true/false,
 * `inet4`/`inet6` an address's text (network order), `sockaddr` a socket address, `bytes` a Uint8Array.
 */
export type FieldKind = "int" | "int64" | "bool" | "inet4" | "inet6" | "sockaddr" | "bytes";

export type FieldValue = number | bigint | boolean | string | Uint8Array | Sockaddr;

/** Types that hold an IPv4 or IPv6 address, as the platforms' headers spell them. */
const inet4Types = /^(struct in_addr|IN_ADDR)$/;
const inet6Types = /^(struct in6_addr|IN6_ADDR)$/;
const sockaddrTypes = /^(struct sockaddr(_in|_in6|_storage)?|SOCKADDR(_IN|_IN6|_STORAGE)?)$/;

/** The kind a member has when a struct is read by its field names (no shape of its own). */
export function genericKind(f: LayoutField): FieldKind {
  if (inet4Types.test(f.type)) return "inet4";
  if (inet6Types.test(f.type)) return "inet6";
  if (sockaddrTypes.test(f.type)) return "sockaddr";
  if (f.count === undefined && (f.signed !== undefined || /\*$/.test(f.type)) && f.size !== undefined && [1, 2, 4, 8].includes(f.size)) {
    return f.size === 8 ? "int64" : "int";
  }
  return "bytes";
}

const signedOf = (f: LayoutField) => f.signed ?? false;

export function writeField(t: Target, f: LayoutField, kind: FieldKind, bytes: Uint8Array, value: unknown, what: string): void {
  if (f.bits !== undefined) {
    const v = checkedInt(value, 4, false, what);
    if (v >= 1n << BigInt(f.bits.width)) throw new SockconstError("INVALID_VALUE", `${what} is a ${f.bits.width}-bit field: it must be below ${2 ** f.bits.width}, got ${v}`);
    writeBits(bytes, f.bits.offset, f.bits.width, Number(v), t.littleEndian);
    return;
  }
  const at = f.offset!;
  const size = f.size ?? 0;
  switch (kind) {
    case "int":
    case "int64":
      writeInt(bytes, at, size, checkedInt(value, size, signedOf(f), what), t.littleEndian);
      return;
    case "bool":
      if (value !== true && value !== false && value !== 0 && value !== 1) {
        throw new SockconstError("INVALID_VALUE", `${what} must be true, false, 0 or 1, got ${shown(value)}`);
      }
      writeInt(bytes, at, size, value === true || value === 1 ? 1n : 0n, t.littleEndian);
      return;
    case "inet4":
      bytes.set(parseIPv4(value, what), at);
      return;
    case "inet6":
      bytes.set(parseIPv6(value, what), at);
      return;
    case "sockaddr": {
      const encoded = encodeSockaddr(value as SockaddrInput, t.id);
      if (encoded.length > size) throw new SockconstError("INVALID_VALUE", `${what}: a ${(value as SockaddrInput).family} sockaddr of ${encoded.length} bytes does not fit its ${size}`);
      bytes.set(encoded, at);
      return;
    }
    case "bytes": {
      const given = asBytes(value, what);
      if (given.length > size) throw new SockconstError("INVALID_VALUE", `${what} holds ${size} bytes, got ${given.length}`);
      bytes.set(given, at);
      return;
    }
  }
}

export function readField(t: Target, f: LayoutField, kind: FieldKind, bytes: Uint8Array): FieldValue {
  if (f.bits !== undefined) return readBits(bytes, f.bits.offset, f.bits.width, t.littleEndian);
  const at = f.offset!;
  const size = f.size ?? 0;
  switch (kind) {
    case "int": {
      const v = readInt(bytes, at, size, signedOf(f), t.littleEndian);
      return typeof v === "bigint" && v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
    }
    case "int64":
      return BigInt(readInt(bytes, at, size, signedOf(f), t.littleEndian));
    case "bool":
      return Number(readInt(bytes, at, size, false, t.littleEndian)) !== 0;
    case "inet4":
      return formatIPv4(bytes.subarray(at, at + 4));
    case "inet6":
      return formatIPv6(bytes.subarray(at, at + 16));
    case "sockaddr":
      return decodeSockaddr(bytes.subarray(at, at + size), t.id);
    case "bytes":
      return bytes.slice(at, at + size);
  }
}
