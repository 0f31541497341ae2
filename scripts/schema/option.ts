import { z } from "zod";

/**
 * Where a fact about an option comes from: a man page section, an SDK header or a documentation page.
 * `doc` names the document as its readers know it (`socket(7)`, `ip(4)`, `ws2def.h`, a page title);
 * `from` the release it was read in (`Debian manpages 6.9.1-1`, `xnu-11215.1.10`, `FreeBSD 14.2`, a URL).
 */
export const citation = z
  .object({
    doc: z.string().min(1),
    from: z.string().min(1),
    /** The section, heading or line the fact is stated in. */
    section: z.string().min(1).optional(),
    /** The sentence that states it, quoted briefly, where the fact is not obvious from the section. */
    quote: z.string().min(1).max(400).optional(),
  })
  .strict();

/**
 * How an option's value is passed. `kind` says how to read the bytes; `c` is the C type as the
 * platform's documentation names it. Fixed-size kinds give `size`; a struct's size comes from the
 * harvested layout of `struct` on each platform.
 */
export const valueType = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("int"), c: z.string().min(1), size: z.union([z.literal(1), z.literal(2), z.literal(4), z.literal(8)]), signed: z.boolean() }).strict(),
  /** An integer read as true/false (any non-zero is true). */
  z.object({ kind: z.literal("bool"), c: z.string().min(1), size: z.union([z.literal(1), z.literal(4)]) }).strict(),
  z.object({ kind: z.literal("struct"), c: z.string().min(1), struct: z.string().regex(/^[A-Za-z_]\w*$/) }).strict(),
  /** A NUL-terminated string (an interface or algorithm name); `max` includes the NUL where documented. */
  z.object({ kind: z.literal("string"), c: z.string().min(1), max: z.number().int().positive().optional() }).strict(),
  /** Bytes with no fixed shape (IP_OPTIONS, a filter program's instructions, ...). */
  z.object({ kind: z.literal("bytes"), c: z.string().min(1) }).strict(),
  /** The option takes no value (the call ignores it). */
  z.object({ kind: z.literal("none") }).strict(),
]);

/**
 * What a name of an options family really is. Headers file many non-options under an option prefix
 * (IPV6_TLV_*, UDP_ENCAP_ESPINUDP, PACKET_HOST): reverse lookup of an option number must not answer them.
 */
export const optionRole = z.enum([
  "option", // passed to setsockopt/getsockopt at one of `levels`
  "cmsg", // the type of an ancillary-data (control) message at one of `levels`
  "value", // one of the values an option takes (`of` names the option)
  "flag", // a bit of an option's value (`of` names the option)
  "other", // none of these (a limit, a field code, a struct member value): `note` says what
]);

export const optionRecord = z
  .object({
    name: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
    roles: z.array(optionRole).min(1),
    /** For options and cmsg types: the level constants it is valid at (`SOL_SOCKET`, `IPPROTO_TCP`, ...). */
    levels: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/)).min(1).optional(),
    /** For options: whether getsockopt reads it, setsockopt sets it, or both. */
    access: z.enum(["get", "set", "get-set"]).optional(),
    type: valueType.optional(),
    /** For an option whose value type no document states: which documents were read (never a guess). */
    untyped: z.string().min(1).optional(),
    unit: z.enum(["seconds", "milliseconds", "microseconds", "nanoseconds", "ticks", "bytes", "packets", "hops", "count", "percent"]).optional(),
    /** For values and flags: the option (or cmsg type) whose value it is. */
    of: z.string().regex(/^[A-Z][A-Z0-9_]*$/).optional(),
    note: z.string().min(1).optional(),
    source: z.array(citation).min(1),
  })
  .strict()
  .refine((r) => !r.roles.includes("option") || (r.type !== undefined) !== (r.untyped !== undefined), {
    message: "an option gives its value type, or says in `untyped` which documents are silent on it (not both)",
  })
  .refine((r) => !r.roles.includes("option") || r.type === undefined || r.access !== undefined, {
    message: "an option with a value type gives its access",
  })
  .refine((r) => !(r.roles.includes("option") || r.roles.includes("cmsg")) || r.levels !== undefined || r.untyped !== undefined, {
    message: "an option or cmsg type needs its levels (unless, like its type, no document states them)",
  })
  .refine((r) => !(r.roles.includes("value") || r.roles.includes("flag")) || r.of !== undefined, {
    message: "a value or flag names the option it belongs to (of)",
  })
  .refine((r) => !r.roles.includes("other") || r.note !== undefined, { message: "role other needs a note saying what it is" });

/** data/options/<os>/<FAMILY>.json: what the options of one family are on one OS. */
export const optionsFile = z
  .object({
    os: z.enum(["linux", "darwin", "win32", "freebsd", "openbsd", "netbsd"]),
    family: z.string().regex(/^[A-Za-z0-9_]+$/),
    options: z.array(optionRecord).min(1),
  })
  .strict();

export type Citation = z.infer<typeof citation>;
export type ValueType = z.infer<typeof valueType>;
export type OptionRecord = z.infer<typeof optionRecord>;
export type OptionsFile = z.infer<typeof optionsFile>;
