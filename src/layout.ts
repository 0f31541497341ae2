/**
 * Struct layouts (sockaddr_in, msghdr, tcp_info, ...) per platform, harvested by the compiler from each
 * platform's headers as the constants are. The shape of generated/layouts.ts, and two lookups.
 */
import { abis, layouts, structNames } from "../generated/layouts.js";
import type { PlatformId } from "../generated/platforms.js";

export type StructName = (typeof structNames)[number];

export interface LayoutField {
  /** The C access path from the struct: `sin_port`, `__in6_u.__u6_addr8` (anonymous members are passed through). */
  readonly name: string;
  /** The declared type, typedef names kept: `in_port_t`, `struct in_addr`, `uint8_t[16]`, `union {…}`. */
  readonly type: string;
  /** offsetof in bytes; absent for a bit-field. */
  readonly offset?: number;
  /** sizeof in bytes; absent for a bit-field and a flexible array member. */
  readonly size?: number;
  /** An array's element type, and its element count (none for a flexible array member). */
  readonly element?: string;
  readonly count?: number;
  /** For an integer, or an array of integers: whether the base type is signed. Absent for anything else. */
  readonly signed?: boolean;
  /** A bit-field's first bit and width from the struct's start (LSB-first on little-endian, MSB-first on big-endian). */
  readonly bits?: { readonly offset: number; readonly width: number };
}

export interface StructLayout {
  /** The C type probed: `struct sockaddr_in`, or a typedef such as `SOCKADDR_HV`. */
  readonly c: string;
  readonly size: number;
  readonly align: number;
  /** Members in declaration order, members of unnamed nested records included. */
  readonly fields: readonly LayoutField[];
}

/** What the compiler says of a target as a whole. */
export interface Abi {
  readonly byteOrder: "little" | "big";
  /** CMSG_LEN(0), CMSG_SPACE(0) and CMSG_SPACE(1) (WSA_CMSG_* on Windows). */
  readonly cmsg: { readonly len0: number; readonly space0: number; readonly space1: number };
}

export type Abis = { readonly [P in PlatformId]?: Abi };

export type Layouts = { readonly [P in PlatformId]?: { readonly [S in StructName]?: StructLayout } };

export { abis, layouts, structNames };

/** A target's byte order and control-message numbers, or `undefined` where no layouts were harvested. */
export const abiOf = (platform: PlatformId): Abi | undefined => abis[platform];

/** A struct's layout on a platform, or `undefined` where the platform has no such struct (or none was harvested). */
export const layoutOf = (struct: StructName, platform: PlatformId): StructLayout | undefined => layouts[platform]?.[struct];

/** A member by its access path. */
export const fieldOf = (layout: StructLayout, name: string): LayoutField | undefined => layout.fields.find((f) => f.name === name);
