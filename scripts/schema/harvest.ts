import { z } from "zod";

export const harvestedConstant = z
  .object({
    value: z.number().int(),
    kind: z.enum(["macro", "enum"]),
    /** Path relative to the include folder that holds it, e.g. "netinet/tcp.h". */
    header: z.string().min(1),
    line: z.number().int().positive(),
    /** The package (data/headers.lock.json) or sysroot that supplied that header. */
    source: z.string().min(1),
    /** The macro body or enumerator initializer as written, when there is one. */
    text: z.string().optional(),
    /** The C identifier probed, when it differs from the published name. */
    c: z.string().optional(),
    /** The target's interface unit (the kernel's own headers) defines it too. */
    interface: z.literal(true).optional(),
  })
  .strict();

export const provenanceSource = z
  .object({ package: z.string(), version: z.string(), registry: z.string(), release: z.string().optional() })
  .strict();

export const harvestFile = z
  .object({
    target: z.string(),
    provenance: z
      .object({ compiler: z.string(), triple: z.string(), sources: z.array(provenanceSource).min(1) })
      .strict(),
    constants: z.record(z.string(), harvestedConstant),
    /** Names the headers define that are not integer constants here, with the reason. */
    omitted: z.record(z.string(), z.string()),
    /** Names of a family's prefix the catalog leaves out on purpose (a family's exclusion, an ignored header), with the reason. */
    excluded: z.record(z.string(), z.string()),
  })
  .strict();

export type HarvestFile = z.infer<typeof harvestFile>;
export type HarvestedConstant = z.infer<typeof harvestedConstant>;
