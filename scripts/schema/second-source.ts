import { z } from "zod";

/** A Debian package the second source is read from, installed by `npm run setup`. */
export const installedPackage = z.object({ name: z.string().min(1), version: z.string().min(1) }).strict();

export const secondSource = z
  .object({
    /** Names this source in reports and explanations. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    description: z.string().min(1),
    /** The table's sources (data/headers.lock.json) this one stands in for; names from any other are not compared. */
    covers: z.array(z.string().min(1)).min(1),
    /** Debian packages (of the machine's suite) whose files the include folders hold. */
    packages: z.array(installedPackage).default([]),
    /**
     * Include folders relative to the file-system root, searched in order with -nostdinc -nolibc so no
     * header of zig's own is seen. Empty: zig's own libc headers for the target's triple, without the
     * target's Debian layers. `only` keeps just those subfolders of `dir` visible.
     */
    includes: z.array(z.object({ dir: z.string().min(1), only: z.array(z.string().min(1)).optional() }).strict()).default([]),
  })
  .strict();

export const secondSourceRecord = z
  .object({ target: z.string().min(1), sources: z.array(secondSource).min(1) })
  .strict();

/** Why one name differs between a target's table and a second source; the values pin the case explained. */
export const explanation = z
  .object({
    target: z.string().min(1),
    source: z.string().min(1),
    name: z.string().min(1),
    /** The value in headers-cache/<target>.json, or null when the table lacks the name. */
    primary: z.number().int().nullable(),
    /** The second source's value, or null when it lacks the name (or it is not an integer there). */
    second: z.number().int().nullable(),
    reason: z.string().min(20),
  })
  .strict();

export const explanationsFile = z.object({ explanations: z.array(explanation) }).strict();

const side = z.object({ value: z.number().int(), header: z.string(), source: z.string() }).strict();

export const difference = z
  .object({
    name: z.string(),
    /** newer: only in the table, and no header of the second source names it; second-only; value: both have it, unequal or not an integer in one. */
    class: z.enum(["newer", "primary-only", "second-only", "value"]),
    primary: side.optional(),
    second: side.optional(),
    /** Why; null when nobody has explained it yet (the check then fails). */
    reason: z.string().nullable(),
  })
  .strict();

export const secondSourceReport = z
  .object({
    target: z.string(),
    primary: z.object({ compiler: z.string(), triple: z.string(), sources: z.array(z.object({ package: z.string(), version: z.string() }).strict()) }).strict(),
    sources: z.array(
      z
        .object({
          id: z.string(),
          description: z.string(),
          compiler: z.string(),
          packages: z.array(z.object({ package: z.string(), version: z.string() }).strict()),
          /** Names in either table, less those not compared. */
          compared: z.number().int(),
          /** Names of the table from a source this one does not cover: neither equal nor different. */
          notCompared: z.array(z.string()),
          equal: z.number().int(),
          byClass: z.record(z.string(), z.number().int()),
          unexplained: z.number().int(),
          differences: z.array(difference),
        })
        .strict(),
    ),
  })
  .strict();

export type SecondSource = z.infer<typeof secondSource>;
export type SecondSourceRecord = z.infer<typeof secondSourceRecord>;
export type Explanation = z.infer<typeof explanation>;
export type Difference = z.infer<typeof difference>;
export type SecondSourceReport = z.infer<typeof secondSourceReport>;
