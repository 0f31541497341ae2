import { z } from "zod";

const header = z.string().regex(/^[\w./+-]+\.h$/);
const headers = z.array(header).min(1);

/**
 * A struct whose layout is harvested: its C spelling, and for each OS that has it the headers a program
 * includes (in order) to see it. An OS left out has no such struct; it is not harvested there.
 */
export const structRecord = z
  .object({
    /** The file's name and the key in every layout table; a C identifier. */
    name: z.string().regex(/^[A-Za-z_]\w*$/),
    /** As a C program names the type: `struct sockaddr_in`, or a typedef such as `SOCKADDR_HV`. */
    c: z.string().regex(/^(struct |union )?[A-Za-z_]\w*$/),
    why: z.string().min(1),
    headers: z
      .object({ linux: headers, darwin: headers, win32: headers, freebsd: headers, openbsd: headers, netbsd: headers })
      .partial()
      .strict()
      .refine((h) => Object.keys(h).length > 0, "at least one OS"),
    /**
     * Targets whose OS lists headers but whose header set lacks one of them, with why. Only these may
     * lack a header: anywhere else a missing header fails the harvest.
     */
    lacking: z.record(z.string().regex(/^[a-z0-9]+-[a-z0-9]+(-[a-z0-9]+)?$/), z.string().min(1)).default({}),
  })
  .strict();

export type StructRecord = z.infer<typeof structRecord>;
