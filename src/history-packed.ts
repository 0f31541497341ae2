/**
 * The shape of generated/history.ts, shared by the generator and the runtime. One line per name and OS
 * (`NAME|since|removed`) rather than objects: thousands of objects would cost every importer load time,
 * while a string is only split when since() first asks about that OS.
 *
 * since:   `v version of source checked` (a stated release) or `b after atMost of source` (bounds)
 * removed: `after atMost of source`
 * Fields inside since/removed are separated by `;`; an absent field is empty; `source` and `checked`
 * are indexes into `sources`.
 */
export interface PackedHistory {
  readonly sources: readonly string[];
  /** Per OS: how its releases were sampled. */
  readonly methods: { readonly [os: string]: string };
  readonly names: { readonly [os: string]: string };
}

export const historyOses = ["linux", "darwin", "win32", "freebsd", "openbsd", "netbsd"] as const;
export type HistoryOs = (typeof historyOses)[number];
