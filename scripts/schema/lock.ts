import { z } from "zod";

export const lockedPackage = z
  .object({
    name: z.string().min(1),
    registry: z.enum(["debian", "npm"]),
    /** Debian suite the package is taken from (sid carries the newest headers). */
    suite: z.string().optional(),
    version: z.string().min(1),
    /** sha256 of the .deb or of the npm tarball's integrity, as fetched. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    integrity: z.string().optional(),
    description: z.string().min(1),
  })
  .strict();

export const lockFile = z.object({ packages: z.array(lockedPackage).min(1) }).strict();
export type LockedPackage = z.infer<typeof lockedPackage>;
