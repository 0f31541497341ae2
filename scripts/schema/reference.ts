import { z } from "zod";

/** One fact of data/reference/python-socket.json (taken from CPython's socket module and typeshed). */
export const referenceEntry = z.object({
  name: z.string(),
  c_name: z.string().nullable(),
  family: z.string(),
  typeshed_platforms: z.string(),
  availability: z.string().nullable(),
  python_added: z.string().nullable(),
  c_platform_aliases: z.array(z.unknown()),
  in_socketmodule_c: z.boolean(),
});
export const reference = z.array(referenceEntry);
export type ReferenceEntry = z.infer<typeof referenceEntry>;
