import { z } from "zod";

/** Where a target's headers come from, searched in this order before the compiler's own. */
export const includeLayer = z.object({
  /** A package of data/headers.lock.json, or `sysroot:<name>` for a tree rebuilt from data/sysroots/<name>.json. */
  source: z.string().min(1),
  /** Folders inside that source, relative to its root. */
  dirs: z.array(z.string().min(1)).min(1),
});

export const target = z
  .object({
    id: z.string().regex(/^[a-z0-9]+-[a-z0-9]+(-[a-z0-9]+)?$/),
    os: z.enum(["linux", "darwin", "win32", "freebsd", "openbsd", "netbsd"]),
    arch: z.enum(["x64", "arm64", "arm", "ia32", "ppc64", "s390x", "riscv64", "loong64", "mips64el", "mipsel", "sparc64"]),
    libc: z.enum(["glibc", "musl", "darwin", "mingw", "bsd"]),
    /** zig cc -target value; glibc targets name their glibc version so newer definitions are visible. */
    triple: z.string().min(1),
    /** Pass -nostdinc: the include layers are the whole libc (BSD sysroots). */
    sysroot: z.boolean().default(false),
    includes: z.array(includeLayer).default([]),
    /** Probe units (data/units/<name>.json), compiled one after another; the first unit defining a name wins. */
    units: z.array(z.string().min(1)).min(1),
    /** Extra -D flags the target's ordinary compiler would pass. */
    defines: z.array(z.string()).default([]),
    description: z.string().min(1),
  })
  .strict();

export type Target = z.infer<typeof target>;

export const unit = z
  .object({
    name: z.string().min(1),
    description: z.string().min(1),
    /** Headers included in this order; each must exist for every target that uses the unit. */
    headers: z.array(z.string().min(1)).min(1),
    /**
     * The OS kernel's own interface headers (Linux's UAPI), as opposed to the C library's: where both name
     * one value, the kernel's name is the one the kernel's own tools and tracers print, so reverse lookup
     * prefers it.
     */
    interface: z.boolean().default(false),
    /**
     * Headers the unit's headers pull in whose definitions are not socket constants, though their names
     * share a family's prefix (winnt.h's PF_* processor features, say): nothing defined there is harvested.
     */
    ignore: z.array(z.object({ header: z.string().min(1), reason: z.string().min(1) }).strict()).default([]),
  })
  .strict();

export type Unit = z.infer<typeof unit>;
