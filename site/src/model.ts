/**
 * The shape of the page's two data files, written by scripts/site and read by the page. They are split
 * by when they are needed: the index (names, families, values) before anything can be searched, the
 * details (provenance, option records, history) only once a constant is opened, so that the larger file
 * never delays the first paint.
 */

export interface SiteFamily {
  readonly name: string;
  readonly kind: string;
  readonly level?: string;
  readonly description: string;
}

export interface SiteIndex {
  readonly platforms: readonly string[];
  /** The OS of each platform (`linux`, `darwin`, ...), as option records and history are kept per OS. */
  readonly os: readonly string[];
  readonly families: readonly SiteFamily[];
  /** Every name some platform defines, sorted by code unit. */
  readonly names: readonly string[];
  /** Per name: its index in `families`, or -1 for a name no family claims. */
  readonly family: readonly number[];
  /** Per name: its value on each platform, a row of rows.ts. */
  readonly values: readonly string[];
  /** Whether details.js carries a history section (false until generated/history.ts exists). */
  readonly hasHistory: boolean;
}

export interface Citation {
  readonly doc: string;
  readonly from: string;
  readonly section?: string;
  readonly quote?: string;
}

/** A data/options record as the page shows it (its name is the key it is filed under). */
export interface OptionInfo {
  readonly roles: readonly string[];
  readonly levels?: readonly string[];
  readonly access?: string;
  readonly type?: { readonly kind: string; readonly c?: string; readonly size?: number; readonly signed?: boolean; readonly max?: number };
  readonly untyped?: string;
  readonly unit?: string;
  readonly of?: string;
  readonly note?: string;
  readonly source: readonly Citation[];
}

/** When a name appeared on an OS, as generated/history.ts states it. */
export interface SinceInfo {
  readonly text: string;
  readonly source?: string;
}

export interface SiteDetails {
  /** Per platform: the compiler and triple its headers were read with. */
  readonly provenance: readonly { readonly compiler: string; readonly triple: string }[];
  readonly headers: readonly string[];
  /** `package version (registry)` of every header package. */
  readonly sources: readonly string[];
  /** Macro bodies and enumerator initializers as written. */
  readonly texts: readonly string[];
  /**
   * Per name, a row of rows.ts whose cells are `<header>.<line>.<m|e>.<source>.<text>` (indices and line
   * in base 36; text empty when the header has none).
   */
  readonly origins: readonly string[];
  /** Option records by name, then by OS. */
  readonly options: Readonly<Record<string, Readonly<Record<string, OptionInfo>>>>;
  /** Present only when the catalog has a history: by name, then by OS. */
  readonly history?: Readonly<Record<string, Readonly<Record<string, SinceInfo>>>>;
}

/** The globals the data files assign (classic scripts: a page opened from file:// cannot fetch JSON). */
export const INDEX_GLOBAL = "sockconstIndex";
export const DETAILS_GLOBAL = "sockconstDetails";
