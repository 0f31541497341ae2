import { z } from "zod";
import { harvestedConstant } from "./harvest.js";

/**
 * What the Windows SDK's headers define for one target (headers-cache/win32-sdk/<target>.json): values
 * read by compiling probes against the SDK, with the header and line of each definition. Facts about the
 * headers, committed in place of the headers, whose licence forbids publishing them.
 */
export const sdkConstant = harvestedConstant.omit({ source: true, interface: true });

export const sdkFacts = z
  .object({
    target: z.string(),
    provenance: z
      .object({
        /** The SDK's version, e.g. 10.0.26100.3323. */
        sdk: z.string().regex(/^\d+\.\d+\.\d+\.\d+$/),
        /** The manifest listing every file read, with its checksum. */
        manifest: z.string(),
        repo: z.string().regex(/^[^/\s]+\/[^/\s]+$/),
        commit: z.string().regex(/^[0-9a-f]{40}$/),
        compiler: z.string(),
        triple: z.string(),
        /** The cc1 flags, paths relative to the repository (the SDK tree's is headers-cache/scratch/win32-sdk). */
        flags: z.array(z.string()),
        /** The headers the probe includes, in order. */
        headers: z.array(z.string()).min(1),
      })
      .strict(),
    constants: z.record(z.string(), sdkConstant),
    /** Names the headers define that are not integer constants here, with the reason. */
    omitted: z.record(z.string(), z.string()),
  })
  .strict();

export type SdkFacts = z.infer<typeof sdkFacts>;
export type SdkConstant = z.infer<typeof sdkConstant>;
