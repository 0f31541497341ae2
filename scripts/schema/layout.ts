import { z } from "zod";
import { provenanceSource } from "./harvest.js";

const count = z.number().int().nonnegative();

export const layoutField = z
  .object({
    /** The C access path from the struct: `sin_port`, `__in6_u.__u6_addr8`. */
    name: z.string().min(1),
    /** The declared type, as the definition spells it (typedef names kept). */
    type: z.string().min(1),
    /** offsetof, in bytes; absent for a bit-field. */
    offset: count.optional(),
    /** sizeof the member, in bytes; absent for a bit-field and a flexible array member. */
    size: count.optional(),
    /** An array's element type and element count (no count: a flexible array member). */
    element: z.string().min(1).optional(),
    count: count.optional(),
    /**
     * A bit-field's first bit and width, counted from the struct's start in the order the ABI numbers bits:
     * from the least significant bit of byte 0 on little-endian targets, from the most significant on
     * big-endian ones (DWARF's data_bit_offset).
     */
    bits: z.object({ offset: count, width: z.number().int().positive() }).strict().optional(),
    /** For an integer member, or an array of integers: whether its base type is signed (the debug info's encoding). */
    signed: z.boolean().optional(),
  })
  .strict()
  .refine((f) => (f.bits === undefined) === (f.offset !== undefined), "a field has either offset or bits");

export const layoutStruct = z
  .object({
    /** The spelling probed (data/structs). */
    c: z.string().min(1),
    /** The record its definition names, when that differs: `struct _SOCKADDR_HV` for `SOCKADDR_HV`. */
    record: z.string().min(1).optional(),
    /** The header defining the record, relative to its include folder; its line; the package holding it. */
    header: z.string().min(1),
    line: z.number().int().positive(),
    source: z.string().min(1),
    size: z.number().int().positive(),
    align: z.number().int().positive(),
    fields: z.array(layoutField).min(1),
  })
  .strict();

/**
 * What the compiler says about the target as a whole: its byte order (__BYTE_ORDER__), and the numbers a
 * control-message buffer is laid out by: CMSG_LEN(0), CMSG_SPACE(0) and CMSG_SPACE(1) (WSA_CMSG_* on
 * Windows), so that no alignment rule is written down by hand.
 */
export const layoutAbi = z
  .object({
    byteOrder: z.enum(["little", "big"]),
    cmsg: z.object({ len0: count, space0: count, space1: count }).strict(),
  })
  .strict();

export const layoutFile = z
  .object({
    target: z.string(),
    provenance: z.object({ compiler: z.string(), triple: z.string(), sources: z.array(provenanceSource).min(1) }).strict(),
    /** Absent only where no cmsghdr was harvested (the unit holding it computes these numbers). */
    abi: layoutAbi.optional(),
    structs: z.record(z.string(), layoutStruct),
    /** Structs the target's OS has but its header set lacks a header for, with the reason data/structs gives. */
    lacking: z.record(z.string(), z.string()),
  })
  .strict();

export type LayoutField = z.infer<typeof layoutField>;
export type LayoutStruct = z.infer<typeof layoutStruct>;
export type LayoutFile = z.infer<typeof layoutFile>;
export type LayoutAbi = z.infer<typeof layoutAbi>;
