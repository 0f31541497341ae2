import { z } from "zod";

export const familyRecord = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9_]+$/),
    kind: z.enum(["enumeration", "flags", "options", "levels", "errors", "ioctls", "values"]),
    level: z.string().optional(),
    prefixes: z.array(z.string().min(2)),
    /**
     * Names that belong here whatever their prefix says. `c` gives the C identifier when the published
     * name differs (Python's CAN_BCM_TX_SETUP is the bare TX_SETUP of linux/can/bcm.h); such names are
     * probed explicitly because no prefix scan can find them.
     */
    members: z
      .array(z.union([z.string(), z.object({ name: z.string(), c: z.string() }).strict()]))
      .default([]),
    /**
     * Names the prefixes catch that are not part of the socket interface (wire-protocol codes, field
     * sizes, obsolete ioctls): regular expressions with the reason, so the choice is visible and reviewable.
     */
    exclude: z
      .array(
        z
          .object({
            pattern: z.string().refine((p) => { try { new RegExp(p); return true; } catch { return false; } }, "not a valid regular expression"),
            reason: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
    description: z.string().min(1),
  })
  .strict()
  .refine((f) => f.kind !== "options" || f.level !== undefined, { message: "an options family needs its level" })
  .refine((f) => f.prefixes.length > 0 || f.members.length > 0, { message: "a family needs prefixes or members" });

export type FamilyRecord = z.infer<typeof familyRecord>;
