import { z } from "zod";

/** The manifest of a BSD include tree: every file, where it was read, and its checksum. */
export const sysrootManifest = z
  .object({
    target: z.string(),
    /** The release the headers belong to, as the headers themselves state it. */
    release: z.string().min(1),
    triple: z.string(),
    entryHeaders: z.array(z.string()).min(1),
    dropped: z.array(z.object({ header: z.string(), reason: z.string() }).strict()).default([]),
    files: z
      .array(
        z
          .object({
            /** Relative to usr/include. */
            path: z.string().min(1),
            repo: z.string().regex(/^[^/\s]+\/[^/\s]+$/),
            sourcePath: z.string().min(1),
            commit: z.string().regex(/^[0-9a-f]{40}$/),
            sha256: z.string().regex(/^[0-9a-f]{64}$/),
            bytes: z.number().int().nonnegative(),
          })
          .strict(),
      )
      .min(1),
  })
  .passthrough();

export type SysrootManifest = z.infer<typeof sysrootManifest>;
