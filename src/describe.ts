/**
 * sockconst/describe: where a constant comes from on a platform — its header and line, how it is
 * defined, the header packages and compiler — with its value, family and setsockopt level. A separate
 * entry because the provenance of every constant of every platform is most of the catalog's weight, and
 * most programs only need values.
 */
import { metas } from "../generated/meta/index.js";
import { facts } from "../generated/options.js";
import { catalog, type PlatformId, type Role } from "./index.js";
import type { FamilyKind } from "./family.js";
import { originOf, type Source } from "./meta.js";
import { optionInfo, type Citation, type OptionInfo, type ValueType } from "./options.js";

export type { Citation, OptionInfo, Source, ValueType };

export interface Description {
  readonly name: string;
  readonly platform: PlatformId;
  readonly value: number;
  /** The family the name belongs to (see familyOf), or undefined for a name no family claims. */
  readonly family: string | undefined;
  readonly kind: FamilyKind | undefined;
  /** For options: the setsockopt level constant and its value on this platform (the first of `levels`). */
  readonly level: { readonly name: string; readonly value: number | undefined } | undefined;
  /** For options and cmsg types: every level it is valid at, with its value here. */
  readonly levels: readonly { readonly name: string; readonly value: number | undefined }[];
  /** What it is: an option, a cmsg type, a value or flag of an option, ... (from the family, or a record). */
  readonly roles: readonly (Role | "level" | "error" | "ioctl")[];
  /**
   * For a name of an option family: what the OS's documentation says — access, value type and unit, the
   * option a value belongs to — with the citations. Undefined where no record covers the name.
   */
  readonly option: OptionInfo | undefined;
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
  const option = optionInfo(facts, catalog.osOf(id), name);
  const levelNames = option?.levels ?? (family?.level === undefined ? [] : [family.level]);
  const levels = Object.freeze(levelNames.map((level) => Object.freeze({ name: level, value: valueOn(level, id) })));
  return Object.freeze({
    name,
    platform: id,
    value,
    family: family?.name,
    kind: family?.kind,
    level: levels[0],
    levels,
    roles: Object.freeze([...(option?.roles ?? defaultRoles(family?.kind))]),
    option,
    header: origin?.header ?? "",
    line: origin?.line ?? 0,
    definition: origin?.kind ?? "macro",
    source: origin?.source,
    sources: meta.provenance.sources,
    compiler: meta.provenance.compiler,
    triple: meta.provenance.triple,
  });
}

/** A level's value on a platform; a level no platform defines (a documentation's spelling) is undefined. */
function valueOn(name: string, platform: PlatformId): number | undefined {
  try {
    return catalog.lookup(name, platform);
  } catch {
    return undefined;
  }
}

/** The role of a name no record covers, from its family's kind. */
function defaultRoles(kind: FamilyKind | undefined): Description["roles"] {
  switch (kind) {
    case "options":
      return ["option"];
    case "flags":
      return ["flag"];
    case "levels":
      return ["level"];
    case "errors":
      return ["error"];
    case "ioctls":
      return ["ioctl"];
    default:
      return ["value"];
  }
}
