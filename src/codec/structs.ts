/**
 * Option values that are structs. The common ones have a shape of their own, with readable keys
 * (`linger` → `{ onoff, linger }`, `ip_mreq` → `{ multiaddr, interface }`); any other harvested struct is
 * read and written by its C field names. Offsets and sizes are always the platform's layout.
 */
import { SockconstError, shown } from "../errors.js";
import type { LayoutField, StructLayout } from "../layout.js";
import { requireLength } from "./bytes.js";
import { genericKind, readField, writeField, type FieldKind, type FieldValue } from "./fields.js";
import { formatIPv4, formatIPv6, parseIPv4, parseIPv6 } from "./inet.js";
import { decodeSockaddr, encodeSockaddr, type Sockaddr, type SockaddrInput } from "./sockaddr.js";
import type { Target } from "./target.js";

/** A struct read by field names: each top-level member by its C name (an address as text, an array as bytes). */
export type StructValue = { readonly [field: string]: FieldValue };

/** A key of a shaped struct: its C member, how it is read, and its value when left out (none: required). */
type Key = readonly [member: string, kind: FieldKind, fallback?: unknown];

const shapes: Readonly<Record<string, Readonly<Record<string, Key>>>> = {
  linger: { onoff: ["l_onoff", "bool"], linger: ["l_linger", "int", 0] },
  timeval: { seconds: ["tv_sec", "int"], microseconds: ["tv_usec", "int", 0] },
  ip_mreq: { multiaddr: ["imr_multiaddr", "inet4"], interface: ["imr_interface", "inet4", "0.0.0.0"] },
  ip_mreqn: { multiaddr: ["imr_multiaddr", "inet4"], address: ["imr_address", "inet4", "0.0.0.0"], ifindex: ["imr_ifindex", "int", 0] },
  ip_mreq_source: { multiaddr: ["imr_multiaddr", "inet4"], interface: ["imr_interface", "inet4", "0.0.0.0"], sourceaddr: ["imr_sourceaddr", "inet4"] },
  ipv6_mreq: { multiaddr: ["ipv6mr_multiaddr", "inet6"], interface: ["ipv6mr_interface", "int", 0] },
  group_req: { interface: ["gr_interface", "int", 0], group: ["gr_group", "sockaddr"] },
  group_source_req: { interface: ["gsr_interface", "int", 0], group: ["gsr_group", "sockaddr"], source: ["gsr_source", "sockaddr"] },
  in_pktinfo: { ifindex: ["ipi_ifindex", "int", 0], specDst: ["ipi_spec_dst", "inet4", "0.0.0.0"], address: ["ipi_addr", "inet4", "0.0.0.0"] },
  in6_pktinfo: { address: ["ipi6_addr", "inet6"], ifindex: ["ipi6_ifindex", "int", 0] },
};

/** Structs that are one address: a value of their own rather than an object. */
const whole = new Set(["in_addr", "in6_addr", "sockaddr", "sockaddr_in", "sockaddr_in6", "sockaddr_un", "sockaddr_storage"]);

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !(v instanceof Uint8Array) && !Array.isArray(v);

const member = (layout: StructLayout, name: string): LayoutField | undefined => layout.fields.find((f) => f.name === name);

/** The members present on this platform of a shaped struct (Windows' in_pktinfo has no ipi_spec_dst). */
const keysOn = (layout: StructLayout, shape: Readonly<Record<string, Key>>) =>
  Object.entries(shape).filter(([, [m]]) => member(layout, m) !== undefined);

/** timeval also takes `{ milliseconds }`, the form every platform's timeouts can share. */
function timevalInput(value: Record<string, unknown>, what: string): Record<string, unknown> {
  if (!("milliseconds" in value)) return value;
  const ms = value.milliseconds;
  if (Object.keys(value).length !== 1 || typeof ms !== "number" || !Number.isSafeInteger(ms) || ms < 0) {
    throw new SockconstError("INVALID_VALUE", `${what} takes { seconds, microseconds } or { milliseconds } alone, a non-negative integer; got milliseconds ${shown(ms)}`);
  }
  return { seconds: Math.floor(ms / 1000), microseconds: (ms % 1000) * 1000 };
}

export function encodeStruct(t: Target, struct: string, layout: StructLayout, value: unknown, what: string): Uint8Array {
  if (whole.has(struct)) return encodeWhole(t, struct, layout, value, what);
  if (!isObject(value)) throw new SockconstError("INVALID_VALUE", `${what} must be an object (${describeShape(t, struct, layout)}), got ${shown(value)}`);
  const bytes = new Uint8Array(layout.size);
  const shape = shapes[struct];
  if (shape !== undefined) {
    const given = struct === "timeval" ? timevalInput(value, what) : value;
    const keys = keysOn(layout, shape);
    const unknown = Object.keys(given).find((k) => !keys.some(([key]) => key === k));
    if (unknown !== undefined) {
      throw new SockconstError("INVALID_VALUE", `${what}: ${unknown} is not a field of ${layout.c} on ${t.id}; it takes ${describeShape(t, struct, layout)}`);
    }
    for (const [key, [name, kind, fallback]] of keys) {
      const v = given[key] ?? fallback;
      if (v === undefined) throw new SockconstError("INVALID_VALUE", `${what}: field ${key} is missing; it takes ${describeShape(t, struct, layout)}`);
      if (struct === "timeval" && key === "microseconds" && (typeof v !== "number" || v < 0 || v > 999_999)) {
        throw new SockconstError("INVALID_VALUE", `${what}: field microseconds must be from 0 to 999999, got ${shown(v)}`);
      }
      writeField(t, member(layout, name)!, kind, bytes, v, `${what} field ${key}`);
    }
    return bytes;
  }
  const fields = topLevel(layout);
  for (const [key, v] of Object.entries(value)) {
    const f = fields.find((x) => x.name === key);
    if (f === undefined) throw new SockconstError("INVALID_VALUE", `${what}: ${key} is not a field of ${layout.c} on ${t.id}; its fields: ${fields.map((x) => x.name).join(", ")}`);
    writeField(t, f, genericKind(f), bytes, v, `${what} field ${key}`);
  }
  return bytes;
}

function encodeWhole(t: Target, struct: string, layout: StructLayout, value: unknown, what: string): Uint8Array {
  if (struct === "in_addr") return parseIPv4(value, what);
  if (struct === "in6_addr") return parseIPv6(value, what);
  if (!isObject(value)) throw new SockconstError("INVALID_VALUE", `${what} must be a sockaddr object ({ family, address, port, ... }), got ${shown(value)}`);
  const encoded = encodeSockaddr(value as unknown as SockaddrInput, t.id);
  // A fixed struct (sockaddr_in) is passed whole; `struct sockaddr` stands for any family's, at its own length.
  if (struct === "sockaddr" || encoded.length >= layout.size) return encoded;
  const bytes = new Uint8Array(layout.size);
  bytes.set(encoded);
  return bytes;
}

/** The size the bytes must have to be read as the struct. */
export const structSize = (struct: string, layout: StructLayout): number => (struct === "sockaddr" ? 0 : layout.size);

export function decodeStruct(t: Target, struct: string, layout: StructLayout, bytes: Uint8Array, what: string): unknown {
  if (struct === "in_addr") {
    requireLength(bytes, 4, what);
    return formatIPv4(bytes);
  }
  if (struct === "in6_addr") {
    requireLength(bytes, 16, what);
    return formatIPv6(bytes);
  }
  if (whole.has(struct)) return decodeSockaddr(bytes, t.id) satisfies Sockaddr;
  requireLength(bytes, layout.size, what);
  const shape = shapes[struct];
  const out: Record<string, FieldValue> = {};
  if (shape !== undefined) {
    for (const [key, [name, kind]] of keysOn(layout, shape)) out[key] = readField(t, member(layout, name)!, kind, bytes);
  } else {
    for (const f of topLevel(layout)) if (f.size !== undefined || f.bits !== undefined) out[f.name] = readField(t, f, genericKind(f), bytes);
  }
  return out;
}

/** Members reached without a dot: a nested record is one value (its bytes), not its parts. */
const topLevel = (layout: StructLayout) => layout.fields.filter((f) => !f.name.includes("."));

/** The keys a struct takes on a platform, for messages: `{ onoff, linger }`. */
export function describeShape(t: Target, struct: string, layout: StructLayout): string {
  const shape = shapes[struct];
  const keys = shape !== undefined ? keysOn(layout, shape).map(([k]) => k) : topLevel(layout).map((f) => f.name);
  return `{ ${keys.join(", ")} }${struct === "timeval" ? " or { milliseconds }" : ""}`;
}
