/** encodeOption and decodeOption: an option's value in and out of the bytes setsockopt reads and getsockopt fills. */
import { SockconstError, shown } from "../errors.js";
import type { PlatformId } from "../index.js";
import type { StructLayout } from "../layout.js";
import { asBytes, checkedInt, readInt, requireLength, writeInt } from "./bytes.js";
import type { Sockaddr } from "./sockaddr.js";
import { optionOn, type TypedOption, type ValueType } from "./option-types.js";
import { decodeStruct, describeShape, encodeStruct, type StructValue } from "./structs.js";
import { cString, fromUtf8, utf8 } from "./text.js";

export type { StructValue };

/** A linger struct: whether to linger on close, and for how long in the record's unit (seconds; ticks for macOS's SO_LINGER). */
export interface Linger {
  readonly onoff: boolean;
  readonly linger: number;
}

export interface Timeval {
  readonly seconds: number;
  readonly microseconds: number;
}

/** What decodeOption gives, by the option's value type: int, bool, string, bytes, struct, none. */
export type OptionValue = number | bigint | boolean | string | Uint8Array | Linger | Timeval | Sockaddr | StructValue | undefined;

/** An option's value type on a platform, with the byte count a fixed-size value has and a struct's layout. */
export interface OptionTypeInfo {
  readonly name: string;
  readonly platform: PlatformId;
  readonly type: ValueType;
  readonly unit: string | undefined;
  readonly access: "get" | "set" | "get-set" | undefined;
  /** The bytes the value takes where that is fixed (an int, a bool, a struct); undefined for strings, bytes, `struct sockaddr`. */
  readonly size: number | undefined;
  readonly layout: StructLayout | undefined;
}

const what = (o: TypedOption) => `${o.name} on ${o.target.id}`;

function fixedSize(o: TypedOption): number | undefined {
  const { type } = o;
  if (type.kind === "int" || type.kind === "bool") return type.size;
  if (type.kind === "none") return 0;
  if (type.kind === "struct") {
    if (type.struct === "sockaddr") return undefined;
    return o.target.struct(type.struct).size;
  }
  return undefined;
}

/**
 * What an option's value is on a platform (the host's without one): the record's type and unit, its size,
 * and a struct's harvested layout.
 * @throws SockconstError UNKNOWN_NAME, NOT_AN_OPTION, UNTYPED_OPTION, NO_LAYOUT, UNKNOWN_PLATFORM, NO_HOST.
 */
export function optionType(name: string, platform?: PlatformId): OptionTypeInfo {
  const o = optionOn(name, platform);
  return Object.freeze({
    name,
    platform: o.target.id,
    type: o.type,
    unit: o.unit,
    access: o.access,
    size: fixedSize(o),
    layout: o.type.kind === "struct" ? o.target.struct(o.type.struct) : undefined,
  });
}

/** An integer option also takes `{ <unit>: n }` where its record gives a unit (`{ milliseconds: 1500 }`). */
function integerInput(o: TypedOption, value: unknown): unknown {
  if (value === null || typeof value !== "object" || o.unit === undefined) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === o.unit) return (value as Record<string, unknown>)[o.unit];
  throw new SockconstError("INVALID_VALUE", `${what(o)} takes a number of ${o.unit} (or { ${o.unit}: n }), got an object with ${keys.join(", ") || "no keys"}`);
}

/**
 * The bytes to pass to setsockopt for an option's value on a platform (the host's without one), laid out as
 * the records of data/options and the platform's struct layouts say; its length is the optlen.
 * @throws SockconstError INVALID_VALUE (naming the field and what it takes), NOT_AN_OPTION, UNTYPED_OPTION,
 * NO_LAYOUT, UNKNOWN_NAME, UNKNOWN_PLATFORM, NO_HOST.
 */
export function encodeOption(name: string, value: unknown, platform?: PlatformId): Uint8Array {
  const o = optionOn(name, platform);
  const { type, target: t } = o;
  switch (type.kind) {
    case "int": {
      const bytes = new Uint8Array(type.size);
      writeInt(bytes, 0, type.size, checkedInt(integerInput(o, value), type.size, type.signed, what(o)), t.littleEndian);
      return bytes;
    }
    case "bool": {
      if (value !== true && value !== false && value !== 0 && value !== 1) {
        throw new SockconstError("INVALID_VALUE", `${what(o)} is a boolean: it takes true, false, 0 or 1, got ${shown(value)}`);
      }
      const bytes = new Uint8Array(type.size);
      writeInt(bytes, 0, type.size, value === true || value === 1 ? 1n : 0n, t.littleEndian);
      return bytes;
    }
    case "none":
      if (value !== undefined) throw new SockconstError("INVALID_VALUE", `${what(o)} takes no value (pass undefined), got ${shown(value)}`);
      return new Uint8Array(0);
    case "string": {
      if (typeof value !== "string" || value.includes("\0")) throw new SockconstError("INVALID_VALUE", `${what(o)} takes a string without NUL, got ${shown(value)}`);
      const text = utf8(value);
      if (type.max !== undefined && text.length + 1 > type.max) {
        throw new SockconstError("INVALID_VALUE", `${what(o)} holds at most ${type.max - 1} bytes and a NUL; ${JSON.stringify(value)} is ${text.length} bytes`);
      }
      const bytes = new Uint8Array(text.length + 1);
      bytes.set(text);
      return bytes;
    }
    case "bytes":
      return asBytes(value, what(o)).slice();
    case "struct":
      return encodeStruct(t, type.struct, t.struct(type.struct), value, `${what(o)} (${type.c})`);
  }
}

/**
 * An option's value from the bytes getsockopt filled (cut to the optlen it returned, or longer).
 * 8-byte integers come back as bigints, other integers as numbers, booleans as true/false.
 * @throws SockconstError BUFFER_TOO_SHORT (saying how many bytes the value needs), NOT_AN_OPTION,
 * UNTYPED_OPTION, NO_LAYOUT, UNKNOWN_NAME, UNKNOWN_PLATFORM, NO_HOST.
 */
export function decodeOption(name: string, bytes: Uint8Array, platform?: PlatformId): OptionValue {
  const o = optionOn(name, platform);
  const { type, target: t } = o;
  asBytes(bytes, `the bytes of ${what(o)}`);
  switch (type.kind) {
    case "int": {
      requireLength(bytes, type.size, `${what(o)} (${type.c})`);
      const v = readInt(bytes, 0, type.size, type.signed, t.littleEndian);
      return type.size === 8 ? BigInt(v) : v;
    }
    case "bool":
      requireLength(bytes, type.size, `${what(o)} (${type.c})`);
      return Number(readInt(bytes, 0, type.size, false, t.littleEndian)) !== 0;
    case "none":
      return undefined;
    case "string":
      return fromUtf8(cString(bytes));
    case "bytes":
      return bytes.slice();
    case "struct": {
      const layout = t.struct(type.struct);
      return decodeStruct(t, type.struct, layout, bytes, `${what(o)} (${type.c}, ${describeShape(t, type.struct, layout)})`) as OptionValue;
    }
  }
}
