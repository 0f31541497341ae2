import { z } from "zod";

/** Debian packages a check needs on this machine, besides those data/exec and data/second-source name. */
export const systemPackages = z
  .object({
    /** What needs them: names the file (data/system/<for>.json). */
    for: z.string().regex(/^[a-z0-9-]+$/),
    packages: z.array(z.string().regex(/^[a-z0-9][a-z0-9+.-]+(=[^\s=]+)?$/)).min(1),
    why: z.string().min(1),
  })
  .strict();

export type SystemPackages = z.infer<typeof systemPackages>;
