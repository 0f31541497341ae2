/**
 * sockconst/describe: where a constant comes from on a platform — its header and line, how it is
 * defined, the header packages and compiler — with its value, family and setsockopt level. A separate
 * entry because the provenance of every constant of every platform is most of the catalog's weight, and
 * most programs only need values.
 */
import { metas } from "../generated/meta/index.js";
import { catalog, type PlatformId } from "./index.js";
import type { FamilyKind } from "./family.js";
import { originOf, type Source } from "./meta.js";

export type { Source };

export interface Description {
  readonly name: string;
  readonly platform: PlatformId;
  readonly value: number;
  /** The family the name belongs to (see familyOf), or undefined for a name no family claims. */
  readonly family: string | undefined;
  readonly kind: FamilyKind | undefined;
  /** For options: the setsockopt level constant and its value on this platform. */
  readonly level: { readonly name: string; readonly value: number | undefined } | undefined;
  /** The header that defines it, relative to the include directory, and the line. */
  readonly header: string;
  readonly line: number;
  /** How the header defines it. */
  readonly definition: "macro" | "enum";
  /** The header package (name, version, registry) that supplied this definition. */
  readonly source: Source | undefined;
  /** Every header package the platform's headers were taken from. */
  readonly sources: readonly Source[];
  readonly compiler: string;
  readonly triple: string;
}

/**
 * Everything known about a constant on a platform (the host's without one), frozen; `undefined` when the
 * platform lacks the name.
 * @throws SockconstError UNKNOWN_NAME, UNKNOWN_PLATFORM, NO_HOST, INVALID_ARGUMENT.
 */
export function describe(name: string, platform?: PlatformId): Description | undefined {
  const id = catalog.platformId(platform);
  const value = catalog.lookup(name, id);
  if (value === undefined) return undefined;
  const meta = metas[id];
  const origin = originOf(meta, name);
  const family = catalog.familyOf(name);
  return Object.freeze({
    name,
    platform: id,
    value,
    family: family?.name,
    kind: family?.kind,
    level: family?.level === undefined ? undefined : Object.freeze({ name: family.level, value: catalog.lookup(family.level, id) }),
    header: origin?.header ?? "",
    line: origin?.line ?? 0,
    definition: origin?.kind ?? "macro",
    source: origin?.source,
    sources: meta.provenance.sources,
    compiler: meta.provenance.compiler,
    triple: meta.provenance.triple,
  });
}
