import { z } from "zod";

const side = z.object({ value: z.number().int(), header: z.string(), line: z.number().int().positive() }).strict();

/** One target's names by source: the committed mingw-w64 table against the SDK's facts. */
export const sdkComparison = z
  .object({
    target: z.string(),
    counts: z.object({ mingwOnly: z.number().int(), sdkOnly: z.number().int(), equal: z.number().int(), different: z.number().int() }).strict(),
    mingwOnly: z.array(z.string()),
    /** Of the mingw-only names, those the SDK defines but not as an integer constant, with the reason. */
    sdkNotInteger: z.record(z.string(), z.string()),
    sdkOnly: z.array(z.string()),
    equal: z.array(z.string()),
    /** Both define it with different values; reason from data/win32-sdk/explanations.json, null when none. */
    different: z.array(z.object({ name: z.string(), mingw: side, sdk: side, reason: z.string().nullable() }).strict()),
  })
  .strict();

/** headers-cache/win32-sdk/report.json */
export const sdkReport = z
  .object({
    sdk: z.object({ version: z.string(), repo: z.string(), commit: z.string() }).strict(),
    mingw: z.array(z.object({ package: z.string(), version: z.string() }).strict()),
    targets: z.array(sdkComparison),
  })
  .strict();

export type SdkComparison = z.infer<typeof sdkComparison>;
export type SdkReport = z.infer<typeof sdkReport>;
