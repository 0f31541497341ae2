import { z } from "zod";

/**
 * Since when each constant exists, per OS. Every bound is read from a pinned header release or a
 * document that says so; a bound is never tighter than the samples allow (`after` < release ≤ `atMost`).
 */

export const historyOs = z.enum(["linux", "darwin", "win32", "freebsd", "openbsd", "netbsd"]);

const release = z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.+~ -]*$/);

/** What a release number counts: the kernel, the C library, BlueZ, the OS itself. */
const component = z.string().min(1);

/**
 * `version`: a document states the release that added the name (exact). Otherwise `atMost` is the oldest
 * sampled release that has it and `after` (when known) the newest sampled release before it that lacks it.
 */
export const since = z
  .object({
    version: release.optional(),
    after: release.optional(),
    atMost: release.optional(),
    of: component,
    /** The document (page and section) or the header release the bound is read from. */
    source: z.string().min(1),
    /** For a stated version: the header samples it was checked against. */
    checked: z.string().min(1).optional(),
  })
  .strict()
  .refine((s) => (s.version !== undefined) !== (s.atMost !== undefined), { message: "since gives either version or atMost" })
  .refine((s) => s.version === undefined || s.after === undefined, { message: "an exact version takes no after" });

/** Gone: `after` is the last sampled release that has the name, `atMost` the first that lacks it. */
export const removed = z
  .object({ after: release, atMost: release, of: component, source: z.string().min(1) })
  .strict();

export const nameHistory = z
  .object({
    since: since.optional(),
    removed: removed.optional(),
    /** Value per sample, only for a name whose value differs between samples. */
    values: z.record(z.string(), z.number().int()).optional(),
  })
  .strict()
  .refine((h) => h.since !== undefined || h.removed !== undefined || h.values !== undefined, { message: "an entry says something" });

export const historySample = z
  .object({
    id: z.string().min(1),
    /** The release each component of the sample is at, e.g. { Linux: "6.1", glibc: "2.36" }. */
    releases: z.record(component, release),
    /** The header packages (or trees) compiled, as `name version (where)`. */
    packages: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** headers-cache/history/<os>.json, written by `npm run history`. */
export const historyFile = z
  .object({
    os: historyOs,
    /** How the samples were taken and what they can say. */
    method: z.string().min(1),
    samples: z.array(historySample),
    names: z.record(z.string(), nameHistory),
    /** Catalog names no sample or document dates, with the reason. */
    unknown: z.record(z.string(), z.string().min(1)),
  })
  .strict();

/** A Debian package version locked for the history: fetched into headers-cache/sources/<name>@<suite>/. */
export const lockedSuitePackage = z
  .object({
    name: z.string().min(1),
    suite: z.string().min(1),
    version: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

/** What one suite answered when asked for the packages, locked or not. */
export const suiteAnswer = z
  .object({
    suite: z.string().min(1),
    /** The package versions the suite serves; absent names are not carried by the suite. */
    serves: z.record(z.string(), z.string()),
    note: z.string().min(1).optional(),
  })
  .strict();

/** data/history/linux.json: the suites asked, the packages locked and how they pair into samples. */
export const linuxHistoryRecord = z
  .object({
    os: z.literal("linux"),
    target: z.string().min(1),
    suites: z.array(suiteAnswer).min(1),
    packages: z.array(lockedSuitePackage).min(1),
    /** One sample per kernel header release; glibc and BlueZ come from the suite the kernel pairs with. */
    samples: z
      .array(z.object({ id: z.string().min(1), kernel: z.string().min(1), glibc: z.string().min(1), bluez: z.string().min(1) }).strict())
      .min(1),
    /** The man pages read for "(since Linux X.Y)" statements, as `name@suite`. */
    manpages: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** A difference between CPython's availability note and this history, with the reason it is not an error. */
export const historyExplanation = z
  .object({
    name: z.string().min(1),
    /** CPython's note, verbatim: an explanation for another note is stale. */
    note: z.string().min(1),
    /** The OS the difference is about. */
    os: historyOs,
    reason: z.string().min(20),
  })
  .strict();

export const historyExplanations = z.object({ explanations: z.array(historyExplanation) }).strict();

export type Since = z.infer<typeof since>;
export type Removed = z.infer<typeof removed>;
export type NameHistory = z.infer<typeof nameHistory>;
export type HistorySample = z.infer<typeof historySample>;
export type HistoryFile = z.infer<typeof historyFile>;
export type HistoryOs = z.infer<typeof historyOs>;
export type LockedSuitePackage = z.infer<typeof lockedSuitePackage>;
export type LinuxHistoryRecord = z.infer<typeof linuxHistoryRecord>;
export type HistoryExplanation = z.infer<typeof historyExplanation>;

/** data/history/darwin.json: the xnu tags sampled, each pinned to its commit, with the release it maps to. */
export const darwinHistoryRecord = z
  .object({
    os: z.literal("darwin"),
    target: z.string().min(1),
    /** The public repository the tags are read from (owner/name). */
    repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
    /** The folders of each tag laid over the SDK: the BSD headers xnu installs. */
    dirs: z.array(z.string().min(1)).min(1),
    /**
     * The probe unit (data/units) compiled for every tag: the target's own unit less the headers that do
     * not compile from every sampled tag's sources (old kernel-facing headers that Apple's install strips).
     */
    unit: z.string().min(1),
    /** How a tag is mapped to its macOS release (checked by the harvest for every tag). */
    releaseRule: z.string().min(1),
    tags: z
      .array(
        z
          .object({
            tag: z.string().regex(/^xnu-[\d.]+$/),
            commit: z.string().regex(/^[0-9a-f]{40}$/),
            macos: z.string().regex(/^\d+\.\d+$/),
            /** config/MasterVersion's first line, where the tag has one. */
            darwin: z.string().regex(/^\d+\.\d+\.\d+$/).optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type DarwinHistoryRecord = z.infer<typeof darwinHistoryRecord>;
