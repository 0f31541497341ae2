/**
 * Integers in and out of a byte buffer at a given size, signedness and byte order. Sizes 1, 2 and 4 travel
 * as numbers; 8 bytes as bigints on the way out (a kernel's 64-bit counters and cookies exceed 2^53), and as
 * numbers or bigints on the way in.
 */
import { SockconstError, shown } from "../errors.js";

export type Int = number | bigint;

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The range of an integer of `size` bytes, as bigints. */
function range(size: number, signed: boolean): [bigint, bigint] {
  const bits = BigInt(size * 8);
  return signed ? [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n] : [0n, (1n << bits) - 1n];
}

/** `value` as a bigint within the range of the C type, or INVALID_VALUE naming `what` and the range. */
export function checkedInt(value: unknown, size: number, signed: boolean, what: string): bigint {
  let big: bigint;
  if (typeof value === "bigint") big = value;
  else if (typeof value === "number" && Number.isSafeInteger(value)) big = BigInt(value);
  else throw new SockconstError("INVALID_VALUE", `${what} must be an integer (a number or bigint), got ${shown(value)}`);
  const [min, max] = range(size, signed);
  if (big < min || big > max) {
    throw new SockconstError("INVALID_VALUE", `${what} must be from ${min} to ${max} (a ${signed ? "signed" : "unsigned"} ${size}-byte integer), got ${big}`);
  }
  return big;
}

export function writeInt(bytes: Uint8Array, offset: number, size: number, value: bigint, littleEndian: boolean): void {
  const v = view(bytes);
  // Written as unsigned: the two's complement bits are the same for a signed value in range.
  const bits = BigInt.asUintN(size * 8, value);
  if (size === 1) v.setUint8(offset, Number(bits));
  else if (size === 2) v.setUint16(offset, Number(bits), littleEndian);
  else if (size === 4) v.setUint32(offset, Number(bits), littleEndian);
  else if (size === 8) v.setBigUint64(offset, bits, littleEndian);
  else throw new Error(`no ${size}-byte integers`);
}

export function readInt(bytes: Uint8Array, offset: number, size: number, signed: boolean, littleEndian: boolean): Int {
  const v = view(bytes);
  switch (size) {
    case 1:
      return signed ? v.getInt8(offset) : v.getUint8(offset);
    case 2:
      return signed ? v.getInt16(offset, littleEndian) : v.getUint16(offset, littleEndian);
    case 4:
      return signed ? v.getInt32(offset, littleEndian) : v.getUint32(offset, littleEndian);
    case 8:
      return signed ? v.getBigInt64(offset, littleEndian) : v.getBigUint64(offset, littleEndian);
    default:
      throw new Error(`no ${size}-byte integers`);
  }
}

/** A read integer as a number, for lengths and counts that must fit one. */
export const asNumber = (value: Int): number => (typeof value === "bigint" ? Number(value) : value);

/**
 * Where bit `i` of a struct lies: bits are numbered from the least significant bit of byte 0 on
 * little-endian targets and from the most significant on big-endian ones (the layouts' `bits`).
 */
const bitAt = (i: number, littleEndian: boolean): [number, number] => [i >> 3, littleEndian ? i & 7 : 7 - (i & 7)];

export function readBits(bytes: Uint8Array, first: number, width: number, littleEndian: boolean): number {
  let value = 0;
  for (let k = 0; k < width; k++) {
    // The field's least significant bit comes first on little-endian targets, its most significant on big-endian.
    const [byte, bit] = bitAt(first + k, littleEndian);
    if ((bytes[byte]! >> bit) & 1) value += littleEndian ? 2 ** k : 2 ** (width - 1 - k);
  }
  return value;
}

export function writeBits(bytes: Uint8Array, first: number, width: number, value: number, littleEndian: boolean): void {
  for (let k = 0; k < width; k++) {
    const [byte, bit] = bitAt(first + k, littleEndian);
    const set = Math.floor(value / 2 ** (littleEndian ? k : width - 1 - k)) % 2 === 1;
    bytes[byte] = set ? bytes[byte]! | (1 << bit) : bytes[byte]! & ~(1 << bit);
  }
}

/** The bytes as a Uint8Array, or INVALID_VALUE naming what was expected. */
export function asBytes(value: unknown, what: string): Uint8Array {
  if (value instanceof Uint8Array) return value;
  throw new SockconstError("INVALID_VALUE", `${what} must be a Uint8Array, got ${shown(value)}`);
}

/** BUFFER_TOO_SHORT unless `bytes` holds at least `need` bytes. */
export function requireLength(bytes: Uint8Array, need: number, what: string): void {
  if (bytes.length < need) {
    throw new SockconstError("BUFFER_TOO_SHORT", `${what} needs at least ${need} bytes; the buffer has ${bytes.length}`);
  }
}
