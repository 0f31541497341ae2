import { z } from "zod";

/** A Debian bookworm package a link or run step needs: named in the error when its tool is missing. */
const debianPackage = z.string().regex(/^[a-z0-9][a-z0-9+.-]+$/);

/**
 * How the execution check turns a target's probe into a program and runs it here. The probe object is
 * always compiled by zig cc with the harvest's own flags; only linking and running vary per target.
 */
export const execRecord = z
  .object({
    target: z.string().min(1),
    link: z.discriminatedUnion("with", [
      z
        .object({
          with: z.literal("zig"),
          /** zig -target for the link step; the target's own triple when absent. */
          triple: z.string().min(1).optional(),
        })
        .strict(),
      z
        .object({
          with: z.literal("gcc"),
          /** A Debian cross gcc, used only as the linker driver. */
          command: z.string().min(1),
          package: debianPackage,
        })
        .strict(),
    ]),
    /** The emulator or loader the program runs under; absent: it runs on this machine as it is. */
    run: z
      .object({
        command: z.string().min(1),
        package: debianPackage,
        /** Extra arguments before the program, e.g. qemu's -L root of the target's C library. */
        args: z.array(z.string()).default([]),
        env: z.record(z.string(), z.string()).default({}),
      })
      .strict()
      .optional(),
    /** Files the link or run needs besides the commands (a cross C library), each with its package. */
    needs: z.array(z.object({ path: z.string().min(1), package: debianPackage }).strict()).default([]),
    /** Why this way: what was tried and did not work. */
    note: z.string().min(1),
  })
  .strict();

export type ExecRecord = z.infer<typeof execRecord>;
