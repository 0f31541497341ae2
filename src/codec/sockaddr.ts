/**
 * sockaddr_in, sockaddr_in6 and sockaddr_un as a platform lays them out: offsets and sizes from the harvested
 * layouts, the family number from the catalog, sin_len/sin6_len/sun_len where the platform has them, ports,
 * addresses and flow labels in network order, the rest in the platform's byte order.
 */
import { SockconstError, shown } from "../errors.js";
import { namesOf, type PlatformId } from "../index.js";
import type { LayoutField, StructLayout } from "../layout.js";
import { asNumber, checkedInt, readInt, requireLength, writeInt } from "./bytes.js";
import { formatIPv4, formatIPv6, parseIPv4, parseIPv6 } from "./inet.js";
import { targetOf, type Target } from "./target.js";
import { cString, fromUtf8, utf8 } from "./text.js";

/** What encodeSockaddr takes. Left out: the address is the wildcard, the port 0, the flow label and scope id 0. */
export type SockaddrInput =
  | { readonly family: "AF_INET"; readonly address?: string; readonly port?: number }
  | { readonly family: "AF_INET6"; readonly address?: string; readonly port?: number; readonly flowinfo?: number; readonly scopeId?: number }
  /** `path` names a file; `abstract` (Linux only) a name in the abstract namespace, without its leading NUL. */
  | { readonly family: "AF_UNIX"; readonly path?: string; readonly abstract?: string | Uint8Array };

/** What decodeSockaddr gives: one of the three families, or any other family's number (and name) with its bytes. */
export type Sockaddr =
  | { readonly family: "AF_INET"; readonly address: string; readonly port: number }
  | { readonly family: "AF_INET6"; readonly address: string; readonly port: number; readonly flowinfo: number; readonly scopeId: number }
  /** An unnamed socket has the empty path. */
  | { readonly family: "AF_UNIX"; readonly path: string }
  | { readonly family: "AF_UNIX"; readonly abstract: string }
  | { readonly family: number; readonly name: string | undefined; readonly bytes: Uint8Array };

const families = ["AF_INET", "AF_INET6", "AF_UNIX"] as const;

function field(layout: StructLayout, name: string): LayoutField & { offset: number; size: number } {
  const f = layout.fields.find((x) => x.name === name);
  if (f?.offset === undefined || f.size === undefined) throw new Error(`the layout of ${layout.c} has no ${name}`);
  return f as LayoutField & { offset: number; size: number };
}

const optionalField = (layout: StructLayout, name: string) => (layout.fields.some((f) => f.name === name) ? field(layout, name) : undefined);

/** Sets the length byte and family of a sockaddr whose fields start with `prefix` (sin, sin6, sun). */
function header(t: Target, layout: StructLayout, prefix: string, family: string, bytes: Uint8Array, length: number): void {
  const len = optionalField(layout, `${prefix}_len`);
  if (len !== undefined) writeInt(bytes, len.offset, len.size, BigInt(length), t.littleEndian);
  const fam = field(layout, `${prefix}_family`);
  writeInt(bytes, fam.offset, fam.size, BigInt(t.constant(family, `sockaddr family ${family}`)), t.littleEndian);
}

function rejectUnknownKeys(value: object, allowed: readonly string[]): void {
  const extra = Object.keys(value).filter((k) => !allowed.includes(k));
  if (extra.length > 0) {
    throw new SockconstError("INVALID_VALUE", `sockaddr field ${extra[0]} is not one of ${(value as { family: string }).family}'s: ${allowed.join(", ")}`);
  }
}

/**
 * A socket address as the platform's kernel reads it; its length is the addrlen to pass to bind, connect
 * or sendto (for AF_UNIX: up to the path's NUL, or to the abstract name's last byte).
 * @throws SockconstError INVALID_VALUE (naming the field and what it takes), UNKNOWN_PLATFORM, NO_HOST, NO_LAYOUT.
 */
export function encodeSockaddr(address: SockaddrInput, platform?: PlatformId): Uint8Array {
  const t = targetOf(platform);
  if (address === null || typeof address !== "object" || !(families as readonly string[]).includes((address as { family?: unknown }).family as string)) {
    const got = address !== null && typeof address === "object" ? shown((address as { family?: unknown }).family) : shown(address);
    throw new SockconstError("INVALID_VALUE", `sockaddr family must be one of ${families.join(", ")}, got ${got}`);
  }
  const port = (value: unknown) => checkedInt(value ?? 0, 2, false, "sockaddr port");
  switch (address.family) {
    case "AF_INET": {
      rejectUnknownKeys(address, ["family", "address", "port"]);
      const layout = t.struct("sockaddr_in");
      const bytes = new Uint8Array(layout.size);
      header(t, layout, "sin", "AF_INET", bytes, layout.size);
      writeInt(bytes, field(layout, "sin_port").offset, 2, port(address.port), false);
      bytes.set(parseIPv4(address.address ?? "0.0.0.0", "sockaddr address"), field(layout, "sin_addr").offset);
      return bytes;
    }
    case "AF_INET6": {
      rejectUnknownKeys(address, ["family", "address", "port", "flowinfo", "scopeId"]);
      const layout = t.struct("sockaddr_in6");
      const bytes = new Uint8Array(layout.size);
      header(t, layout, "sin6", "AF_INET6", bytes, layout.size);
      writeInt(bytes, field(layout, "sin6_port").offset, 2, port(address.port), false);
      const flow = field(layout, "sin6_flowinfo");
      writeInt(bytes, flow.offset, flow.size, checkedInt(address.flowinfo ?? 0, flow.size, false, "sockaddr flowinfo"), false);
      bytes.set(parseIPv6(address.address ?? "::", "sockaddr address"), field(layout, "sin6_addr").offset);
      const scope = field(layout, "sin6_scope_id");
      writeInt(bytes, scope.offset, scope.size, checkedInt(address.scopeId ?? 0, scope.size, false, "sockaddr scopeId"), t.littleEndian);
      return bytes;
    }
    case "AF_UNIX":
      return encodeUnix(t, address);
  }
}

function encodeUnix(t: Target, address: Extract<SockaddrInput, { family: "AF_UNIX" }>): Uint8Array {
  rejectUnknownKeys(address, ["family", "path", "abstract"]);
  const layout = t.struct("sockaddr_un");
  const path = field(layout, "sun_path");
  const { abstract } = address;
  if ((address.path === undefined) === (abstract === undefined)) {
    throw new SockconstError("INVALID_VALUE", "an AF_UNIX sockaddr takes a path or (on Linux) an abstract name: give exactly one");
  }
  let name: Uint8Array;
  let length: number;
  if (abstract !== undefined) {
    if (t.os !== "linux") throw new SockconstError("INVALID_VALUE", `sockaddr abstract: abstract socket names are Linux's; ${t.id} has none`);
    if (typeof abstract !== "string" && !(abstract instanceof Uint8Array)) {
      throw new SockconstError("INVALID_VALUE", `sockaddr abstract must be a string or Uint8Array, got ${shown(abstract)}`);
    }
    const bytes = typeof abstract === "string" ? utf8(abstract) : abstract;
    // The leading NUL marks the namespace; the name is every byte after it, up to addrlen.
    name = new Uint8Array(1 + bytes.length);
    name.set(bytes, 1);
    length = path.offset + name.length;
    if (name.length > path.size) throw new SockconstError("INVALID_VALUE", `sockaddr abstract is ${bytes.length} bytes; ${t.id}'s sun_path holds ${path.size - 1} after its leading NUL`);
  } else {
    if (typeof address.path !== "string" || address.path === "" || address.path.includes("\0")) {
      throw new SockconstError("INVALID_VALUE", `sockaddr path must be a non-empty string without NUL, got ${shown(address.path)}`);
    }
    name = utf8(address.path);
    length = path.offset + name.length + 1;
    if (name.length + 1 > path.size) {
      throw new SockconstError("INVALID_VALUE", `sockaddr path is ${name.length} bytes; ${t.id}'s sun_path holds ${path.size - 1} and its NUL`);
    }
  }
  const bytes = new Uint8Array(length);
  header(t, layout, "sun", "AF_UNIX", bytes, length);
  bytes.set(name, path.offset);
  return bytes;
}

/**
 * A socket address from the bytes getsockname, getpeername, accept or recvfrom filled, cut to the addrlen
 * they returned (an abstract AF_UNIX name is as long as addrlen says).
 * @throws SockconstError BUFFER_TOO_SHORT (saying how many bytes the family needs), UNKNOWN_PLATFORM, NO_HOST, NO_LAYOUT.
 */
export function decodeSockaddr(bytes: Uint8Array, platform?: PlatformId): Sockaddr {
  const t = targetOf(platform);
  if (!(bytes instanceof Uint8Array)) throw new SockconstError("INVALID_VALUE", `a sockaddr must be a Uint8Array, got ${shown(bytes)}`);
  const common = t.struct("sockaddr");
  const fam = field(common, "sa_family");
  requireLength(bytes, fam.offset + fam.size, "a sockaddr's family");
  const family = asNumber(readInt(bytes, fam.offset, fam.size, false, t.littleEndian));
  const is = (name: string) => family === t.constant(name, "sockaddr family");
  if (is("AF_INET")) {
    const layout = t.struct("sockaddr_in");
    const addr = field(layout, "sin_addr");
    requireLength(bytes, addr.offset + addr.size, "an AF_INET sockaddr");
    return {
      family: "AF_INET",
      address: formatIPv4(bytes.subarray(addr.offset, addr.offset + 4)),
      port: asNumber(readInt(bytes, field(layout, "sin_port").offset, 2, false, false)),
    };
  }
  if (is("AF_INET6")) {
    const layout = t.struct("sockaddr_in6");
    const scope = field(layout, "sin6_scope_id");
    requireLength(bytes, scope.offset + scope.size, "an AF_INET6 sockaddr");
    const addr = field(layout, "sin6_addr").offset;
    const flow = field(layout, "sin6_flowinfo");
    return {
      family: "AF_INET6",
      address: formatIPv6(bytes.subarray(addr, addr + 16)),
      port: asNumber(readInt(bytes, field(layout, "sin6_port").offset, 2, false, false)),
      flowinfo: asNumber(readInt(bytes, flow.offset, flow.size, false, false)),
      scopeId: asNumber(readInt(bytes, scope.offset, scope.size, false, t.littleEndian)),
    };
  }
  if (is("AF_UNIX")) {
    const path = field(t.struct("sockaddr_un"), "sun_path");
    const name = bytes.subarray(path.offset, Math.min(bytes.length, path.offset + path.size));
    if (t.os === "linux" && name.length > 0 && name[0] === 0) return { family: "AF_UNIX", abstract: fromUtf8(name.subarray(1)) };
    return { family: "AF_UNIX", path: fromUtf8(cString(name)) };
  }
  return { family, name: namesOf(family, "AF", t.id)[0], bytes: bytes.slice() };
}
