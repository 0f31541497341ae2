import { SockconstError } from "./errors.js";
import { familyOf, type Family, type FamilyKind } from "./family.js";
import { toBits, type Decoded } from "./flags.js";
import { TableIndexes, type Member } from "./indexes.js";
import { originOf, type Meta, type Source } from "./meta.js";
import { closest } from "./suggest.js";

export type Table = Readonly<Record<string, number>>;

export type { Member, Meta, Source };

/** Everything the runtime reads: the shape of generated/index.ts, families.ts and platforms.ts together. */
export interface CatalogData<P extends string> {
  readonly platforms: readonly P[];
  readonly tables: Readonly<Record<P, Table>>;
  readonly metas: Readonly<Record<P, Meta>>;
  readonly families: readonly Family[];
  /** The platform to use when a call names none; undefined when the host cannot be identified. */
  readonly host: () => P | undefined;
}

export interface Description<P extends string = string> {
  readonly name: string;
  readonly platform: P;
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

export type { Decoded };

/**
 * The runtime over one set of tables. Everything costly (the set of all names, the family of each name,
 * reverse and flag indexes) is built on first use and kept, once per platform and family, so importing
 * the library costs little and repeated calls cost a map read.
 */
export function createCatalog<P extends string>(data: CatalogData<P>) {
  // Null-prototype records so a platform or family named like an Object.prototype member ("constructor")
  // is simply unknown.
  const tableById: Record<string, Table> = Object.create(null);
  for (const id of data.platforms) tableById[id] = data.tables[id];
  const familyByName: Record<string, Family> = Object.create(null);
  for (const family of data.families) familyByName[family.name] = family;
  const frozen = new Set<Table>();

  let allNames: Set<string> | undefined;
  const knownNames = (): Set<string> => {
    if (allNames === undefined) {
      allNames = new Set();
      for (const id of data.platforms) for (const name of Object.keys(tableById[id]!)) allNames.add(name);
    }
    return allNames;
  };

  const familyMemo = new Map<string, Family | undefined>();
  const familyOfName = (name: string): Family | undefined => {
    if (familyMemo.has(name)) return familyMemo.get(name);
    const family = familyOf(name, data.families);
    familyMemo.set(name, family);
    return family;
  };

  const validPlatforms = (): string => data.platforms.join(", ");

  const resolveTable = (platform: string | undefined): Table => {
    if (platform === undefined) {
      const host = data.host();
      if (host === undefined) {
        throw new SockconstError(
          "NO_HOST",
          `Cannot tell which platform this is (a browser, or an OS, architecture or C library sockconst ` +
            `has no table for); pass a platform: ${validPlatforms()}`,
          { valid: data.platforms },
        );
      }
      return tableById[host]!;
    }
    const table = tableById[platform];
    if (table !== undefined) return table;
    const suggestions = typeof platform === "string" ? closest(platform, data.platforms, 3) : [];
    throw new SockconstError(
      "UNKNOWN_PLATFORM",
      `Unknown platform ${JSON.stringify(platform)}` +
        (suggestions.length > 0 ? ` (did you mean ${suggestions.join(" or ")}?)` : "") +
        `; valid platforms: ${validPlatforms()}`,
      { valid: data.platforms, suggestions },
    );
  };

  const platformIdOf = (platform: string | undefined): P => {
    resolveTable(platform);
    return (platform ?? data.host()) as P;
  };

  const unknownName = (name: unknown): SockconstError => {
    const suggestions = typeof name === "string" ? closest(name, knownNames()) : [];
    return new SockconstError(
      "UNKNOWN_NAME",
      `No platform defines ${JSON.stringify(name)}` +
        (suggestions.length > 0 ? `; closest known names: ${suggestions.join(", ")}` : ""),
      { suggestions },
    );
  };

  const checkKnown = (name: string): void => {
    if (!knownNames().has(name)) throw unknownName(name);
  };

  const resolveFamily = (name: string): Family => {
    const family = familyByName[name];
    if (family !== undefined) return family;
    const names = data.families.map((f) => f.name);
    const suggestions = typeof name === "string" ? closest(name, names, 3) : [];
    throw new SockconstError(
      "UNKNOWN_FAMILY",
      `Unknown family ${JSON.stringify(name)}` +
        (suggestions.length > 0 ? ` (did you mean ${suggestions.join(" or ")}?)` : "") +
        `; valid families: ${names.join(", ")}`,
      { valid: names, suggestions },
    );
  };

  const invalidValue = (value: unknown, why: string): SockconstError =>
    new SockconstError("INVALID_VALUE", `${String(value)} is not ${why}`);

  const indexMemo = new Map<Table, TableIndexes>();
  const indexesOf = (table: Table): TableIndexes => {
    let indexes = indexMemo.get(table);
    if (indexes === undefined) indexMemo.set(table, (indexes = new TableIndexes(table, familyOfName)));
    return indexes;
  };

  let lastPlatform: string | undefined;
  let lastTable: Table | undefined;

  return {
    platforms: data.platforms,
    families: data.families,

    isPlatform(value: unknown): value is P {
      return typeof value === "string" && tableById[value] !== undefined;
    },

    table(platform?: P): Table {
      const table = resolveTable(platform);
      if (!frozen.has(table)) {
        Object.freeze(table);
        frozen.add(table);
      }
      return table;
    },

    lookup(name: string, platform?: P): number | undefined {
      // Callers mostly ask about one platform over and over: comparing with the last id is cheaper than
      // finding the table again, and keeps lookup as fast as reading the table directly.
      let table: Table;
      if (platform === lastPlatform && lastTable !== undefined) table = lastTable;
      else {
        table = resolveTable(platform);
        if (platform !== undefined) {
          lastPlatform = platform;
          lastTable = table;
        }
      }
      const value = table[name];
      // typeof rather than `in`: a name like "toString" reads an inherited function, not a constant.
      if (typeof value === "number") return value;
      checkKnown(name);
      return undefined;
    },

    namesOf(value: number, family: string, platform?: P): readonly string[] {
      const table = resolveTable(platform);
      const owner = resolveFamily(family);
      if (!Number.isSafeInteger(value)) throw invalidValue(value, "a safe integer");
      return indexesOf(table).namesOf(owner, value);
    },

    decodeFlags(value: number, family: string, platform?: P): Decoded {
      const table = resolveTable(platform);
      const owner = resolveFamily(family);
      if (owner.kind !== "flags") {
        const flagFamilies = data.families.filter((f) => f.kind === "flags").map((f) => f.name);
        throw new SockconstError(
          "NOT_FLAGS",
          `${owner.name} is a family of ${owner.kind}, not of bit flags; flag families: ${flagFamilies.join(", ")}`,
          { valid: flagFamilies },
        );
      }
      const bits = toBits(value);
      if (bits === undefined) throw invalidValue(value, "a flag word (a safe integer, not below -2^31)");
      return indexesOf(table).flagIndex(owner).decode(bits);
    },

    compare(name: string): Record<P, number | undefined> {
      checkKnown(name);
      const result = {} as Record<P, number | undefined>;
      for (const id of data.platforms) {
        const value = tableById[id]![name];
        result[id] = typeof value === "number" ? value : undefined;
      }
      return result;
    },

    describe(name: string, platform?: P): Description<P> | undefined {
      const id = platformIdOf(platform);
      const table = tableById[id]!;
      const value = table[name];
      if (typeof value !== "number") {
        checkKnown(name);
        return undefined;
      }
      const meta = data.metas[id];
      const constant = originOf(meta, name);
      const family = familyOfName(name);
      const levelValue = family?.level === undefined ? undefined : table[family.level];
      return {
        name,
        platform: id,
        value,
        family: family?.name,
        kind: family?.kind,
        level:
          family?.level === undefined
            ? undefined
            : { name: family.level, value: typeof levelValue === "number" ? levelValue : undefined },
        header: constant?.header ?? "",
        line: constant?.line ?? 0,
        definition: constant?.kind ?? "macro",
        source: constant?.source,
        sources: meta.provenance.sources,
        compiler: meta.provenance.compiler,
        triple: meta.provenance.triple,
      };
    },

    /** The family a name belongs to (see src/family.ts), or undefined. Throws for a name no platform defines. */
    familyOf(name: string): Family | undefined {
      checkKnown(name);
      return familyOfName(name);
    },

    /** The family record for a family name; throws UNKNOWN_FAMILY with the valid names otherwise. */
    family(name: string): Family {
      return resolveFamily(name);
    },

    /** Every name of a family on a platform with its value, ordered by value then preferred name. */
    membersOf(family: string, platform?: P): readonly Member[] {
      const table = resolveTable(platform);
      return indexesOf(table).members(resolveFamily(family));
    },
  };
}

export type Catalog<P extends string> = ReturnType<typeof createCatalog<P>>;
