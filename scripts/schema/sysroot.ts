import { z } from "zod";

/**
 * The manifest of an include tree (a whole BSD libc, or a layer of headers over zig's own such as
 * darwin-xnu): every file, where it was read, and its checksum.
 */
export const sysrootManifest = z
  .object({
    /** The tree's name: headers-cache/sysroots/<target>, which a target's include layer names as sysroot:<target>. */
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
            /** Relative to usr/include; in a tree that is not redistributable, to the tree's root. */
            path: z.string().min(1),
            repo: z.string().regex(/^[^/\s]+\/[^/\s]+$/),
            sourcePath: z.string().min(1),
            /** null where the index could not name the commit of that exact text (see rcsId, indexId). */
            commit: z.string().regex(/^[0-9a-f]{40}$/).nullable(),
            sha256: z.string().regex(/^[0-9a-f]{64}$/),
            bytes: z.number().int().nonnegative(),
            /** The file's own revision line (CVS `$OpenBSD$`), where the commit is unknown. */
            rcsId: z.string().optional(),
            indexId: z.string().optional(),
            commitNote: z.string().optional(),
            note: z.string().optional(),
          })
          .strict()
          .refine((f) => f.commit !== null || f.rcsId !== undefined, { message: "a file without a commit needs its rcsId" }),
      )
      .min(1),
    /** A licence file the sources ship, copied to the tree's root (beside usr/), not into usr/include. */
    license: z
      .object({
        /** Relative to the tree's root. */
        path: z.string().min(1),
        /** The licence's own title. */
        name: z.string().min(1),
        repo: z.string().regex(/^[^/\s]+\/[^/\s]+$/),
        sourcePath: z.string().min(1),
        commit: z.string().regex(/^[0-9a-f]{40}$/),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        bytes: z.number().int().nonnegative(),
      })
      .strict()
      .optional(),
    /**
     * false when the licence forbids publishing the files (the Windows SDK): only the manifest is committed,
     * and `npm run sysroot` rebuilds the tree into git-ignored scratch space from a checkout the maintainer has.
     */
    redistributable: z.boolean().default(true),
    /** The licence terms that decide `redistributable`, where they were read, and the clauses that decide it. */
    licenceTerms: z
      .object({
        title: z.string().min(1),
        repo: z.string().regex(/^[^/\s]+\/[^/\s]+$/),
        sourcePath: z.string().min(1),
        commit: z.string().regex(/^[0-9a-f]{40}$/),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        quotes: z.array(z.string().min(1)).min(1),
        /** How the quoted clauses decide it. */
        note: z.string().min(1),
      })
      .strict()
      .optional(),
  })
  .passthrough()
  .refine((m) => m.redistributable || m.licenceTerms !== undefined, { message: "a tree that is not redistributable names the licence terms that say so" });

export type SysrootManifest = z.infer<typeof sysrootManifest>;
