import { SockconstError, shown, stringArgument } from "./errors.js";
import type { Family } from "./family.js";
import { toBits, type Decoded } from "./flags.js";
import { TableIndexes, type Member } from "./indexes.js";
import { preferredOrder } from "./order.js";
import { applyEntries, decodeFamilyRuns, decodeIndices, roles, splitBase, type PackedCatalog, type Role } from "./packed.js";
import { closest } from "./suggest.js";

export type Table = Readonly<Record<string, number>>;
export type { Decoded, Member, PackedCatalog, Role };

/** A platform's decoded values, and what is derived from them, each built the first time it is needed. */
interface Platform {
  readonly values: Map<number, number>;
  table?: Table;
  indexes?: TableIndexes;
}

const freezeFamily = (f: Family): Family =>
  Object.freeze({ ...f, prefixes: Object.freeze([...f.prefixes]), members: Object.freeze([...f.members]) });

/**
 * The runtime over a packed catalog. Importing costs the packed strings only; names, tables and indexes are
 * decoded on first use and kept, so repeated calls cost a property or map read. Everything handed out is
 * frozen: no caller can change what the next caller is told.
 */
export function createCatalog<P extends string>(packed: PackedCatalog, host: () => P | undefined) {
  const platforms = Object.freeze([...packed.platforms]) as readonly P[];
  const families = Object.freeze(packed.families.map(freezeFamily));
  const platformIndex: Record<string, number> = Object.create(null);
  platforms.forEach((id, i) => (platformIndex[id] = i));
  const familyByName: Record<string, Family> = Object.create(null);
  for (const f of families) familyByName[f.name] = f;

  let nameList: readonly string[] | undefined;
  let nameIndex: Map<string, number> | undefined;
  let familyIndexOfName: number[] | undefined;
  const names = () => (nameList ??= Object.freeze(packed.names.split("\n")));
  const indexOfName = (name: string) => (nameIndex ??= new Map(names().map((n, i) => [n, i]))).get(name);
  const familyOfName = (name: string): Family | undefined => {
    const i = indexOfName(name);
    if (i === undefined) return undefined;
    familyIndexOfName ??= decodeFamilyRuns(packed.familyRuns);
    return families[familyIndexOfName[i]!];
  };

  const rolesByOs = new Map<string, Map<string, Set<Role>>>();
  /** What the records of an OS say each option-family name is (decoded once per OS). */
  const rolesOn = (os: string): Map<string, Set<Role>> => {
    let map = rolesByOs.get(os);
    if (map === undefined) {
      map = new Map();
      const all = names();
      for (const [role, encoded] of Object.entries(packed.roles[os] ?? {})) {
        for (const i of decodeIndices(encoded!)) {
          const name = all[i]!;
          if (!map.has(name)) map.set(name, new Set());
          map.get(name)!.add(role as Role);
        }
      }
      rolesByOs.set(os, map);
    }
    return map;
  };

  const decoded: (Platform | undefined)[] = [];
  const platformAt = (p: number): Platform => {
    let platform = decoded[p];
    if (platform === undefined) {
      const { base, entries } = splitBase(packed.tables[p]!);
      const values = new Map(base === undefined ? [] : platformAt(base).values);
      applyEntries(entries, values);
      decoded[p] = platform = { values };
    }
    return platform;
  };
  /** The platform's table as a frozen object (what table() hands out, and what lookup reads). */
  const tableAt = (p: number): Table => {
    const platform = platformAt(p);
    if (platform.table === undefined) {
      const all = names();
      const table: Record<string, number> = {};
      for (const i of [...platform.values.keys()].sort((a, b) => a - b)) table[all[i]!] = platform.values.get(i)!;
      platform.table = Object.freeze(table);
    }
    return platform.table;
  };
  const indexesAt = (p: number): TableIndexes => {
    const platform = platformAt(p);
    if (platform.indexes === undefined) {
      const all = names();
      const aliases = new Set(decodeIndices(packed.aliases[p]!).map((i) => all[i]!));
      const libcOnly = new Set(decodeIndices(packed.libcOnly[p]!).map((i) => all[i]!));
      const osRoles = rolesOn(packed.oses[p]!);
      const order = preferredOrder((n) => aliases.has(n), (n) => libcOnly.has(n));
      platform.indexes = new TableIndexes(tableAt(p), familyOfName, order, (n) => osRoles.get(n));
    }
    return platform.indexes;
  };

  const validPlatforms = (): string => platforms.join(", ");

  const resolvePlatform = (platform: unknown): number => {
    if (platform === undefined) {
      const id = host();
      if (id === undefined) {
        throw new SockconstError(
          "NO_HOST",
          `Cannot tell which platform this is (a browser, or an OS, architecture or C library sockconst ` +
            `has no table for); pass a platform: ${validPlatforms()}`,
          { valid: platforms },
        );
      }
      return platformIndex[id]!;
    }
    const id = stringArgument(platform, "platform");
    const p = platformIndex[id];
    if (p !== undefined) return p;
    const suggestions = closest(id, platforms, 3);
    throw new SockconstError(
      "UNKNOWN_PLATFORM",
      `Unknown platform ${JSON.stringify(id)}` +
        (suggestions.length > 0 ? ` (did you mean ${suggestions.join(" or ")}?)` : "") +
        `; valid platforms: ${validPlatforms()}`,
      { valid: platforms, suggestions },
    );
  };

  /** The index of a name some platform defines; UNKNOWN_NAME with the closest names otherwise. */
  const knownName = (name: unknown): number => {
    const text = stringArgument(name, "name");
    const i = indexOfName(text);
    if (i !== undefined) return i;
    const suggestions = closest(text, names());
    throw new SockconstError(
      "UNKNOWN_NAME",
      `No platform defines ${JSON.stringify(text)}` + (suggestions.length > 0 ? `; closest known names: ${suggestions.join(", ")}` : ""),
      { suggestions },
    );
  };

  const resolveFamily = (name: unknown): Family => {
    const text = stringArgument(name, "family");
    const family = familyByName[text];
    if (family !== undefined) return family;
    const all = families.map((f) => f.name);
    const suggestions = closest(text, all, 3);
    throw new SockconstError(
      "UNKNOWN_FAMILY",
      `Unknown family ${JSON.stringify(text)}` +
        (suggestions.length > 0 ? ` (did you mean ${suggestions.join(" or ")}?)` : "") +
        `; valid families: ${all.join(", ")}`,
      { valid: all, suggestions },
    );
  };

  /** The role asked for, or the one a family's reverse lookup keeps by default: options for an option family. */
  const roleFor = (family: Family, role: unknown): Role | undefined => {
    if (role === undefined) return family.kind === "options" ? "option" : undefined;
    if (typeof role === "string" && (roles as readonly string[]).includes(role)) return role as Role;
    throw new SockconstError("INVALID_ARGUMENT", `role must be one of ${roles.join(", ")}, got ${shown(role)}`, { valid: roles });
  };

  const integer = (value: unknown): number => {
    if (typeof value !== "number") throw new SockconstError("INVALID_VALUE", `value must be a number, got ${shown(value)}`);
    if (!Number.isSafeInteger(value)) throw new SockconstError("INVALID_VALUE", `${value} is not a safe integer`);
    return value;
  };

  const compared = new Map<number, Readonly<Record<P, number | undefined>>>();
  let lastPlatform: unknown;
  let lastTable: Table | undefined;

  return {
    platforms,
    families,

    isPlatform(value: unknown): value is P {
      return typeof value === "string" && platformIndex[value] !== undefined;
    },

    table(platform?: P): Table {
      return tableAt(resolvePlatform(platform));
    },

    lookup(name: string, platform?: P): number | undefined {
      // Callers mostly ask about one platform over and over: comparing with the last id is cheaper than
      // finding the table again.
      let table: Table;
      if (platform === lastPlatform && lastTable !== undefined && platform !== undefined) table = lastTable;
      else {
        table = tableAt(resolvePlatform(platform));
        if (platform !== undefined) {
          lastPlatform = platform;
          lastTable = table;
        }
      }
      if (typeof name === "string") {
        const value = table[name];
        // typeof rather than `in`: a name like "toString" reads an inherited function, not a constant.
        if (typeof value === "number") return value;
      }
      knownName(name);
      return undefined;
    },

    namesOf(value: number, family: string, platform?: P, role?: Role): readonly string[] {
      const p = resolvePlatform(platform);
      const owner = resolveFamily(family);
      return indexesAt(p).namesOf(owner, integer(value), roleFor(owner, role));
    },

    decodeFlags(value: number, family: string, platform?: P): Decoded {
      const p = resolvePlatform(platform);
      const owner = resolveFamily(family);
      if (owner.kind !== "flags") {
        const flagFamilies = families.filter((f) => f.kind === "flags").map((f) => f.name);
        throw new SockconstError(
          "NOT_FLAGS",
          `${owner.name} is a family of ${owner.kind}, not of bit flags; flag families: ${flagFamilies.join(", ")}`,
          { valid: flagFamilies },
        );
      }
      const bits = toBits(integer(value));
      if (bits === undefined) throw new SockconstError("INVALID_VALUE", `${value} is not a flag word (a safe integer, not below -2^31)`);
      const { names: found, rest } = indexesAt(p).flagIndex(owner).decode(bits);
      return Object.freeze({ names: Object.freeze(found), rest });
    },

    compare(name: string): Readonly<Record<P, number | undefined>> {
      const i = knownName(name);
      let result = compared.get(i);
      if (result === undefined) {
        const values = {} as Record<P, number | undefined>;
        platforms.forEach((id, p) => (values[id] = platformAt(p).values.get(i)));
        compared.set(i, (result = Object.freeze(values)));
      }
      return result;
    },

    /** The family a name belongs to, or undefined. Throws for a name no platform defines. */
    familyOf(name: string): Family | undefined {
      knownName(name);
      return familyOfName(name);
    },

    /** The family record for a family name; throws UNKNOWN_FAMILY with the valid names otherwise. */
    family(name: string): Family {
      return resolveFamily(name);
    },

    /** Every name of a family (of a role) on a platform with its value, ordered by value then preferred name. */
    membersOf(family: string, platform?: P, role?: Role): readonly Member[] {
      const p = resolvePlatform(platform);
      const owner = resolveFamily(family);
      return indexesAt(p).members(owner, roleFor(owner, role));
    },

    /** What the records of a platform's OS say a name is; undefined for a name without a record. */
    rolesOf(name: string, platform?: P): readonly Role[] | undefined {
      const p = resolvePlatform(platform);
      const found = rolesOn(packed.oses[p]!).get(name);
      return found === undefined ? undefined : Object.freeze(roles.filter((r) => found.has(r)));
    },

    /** The OS of a platform, as the option records name it. */
    osOf(platform?: P): string {
      return packed.oses[resolvePlatform(platform)]!;
    },

    /** The platform id a call without one would use, validated; for the describe entry. */
    platformId(platform?: P): P {
      return platforms[resolvePlatform(platform)]!;
    },
  };
}

export type Catalog<P extends string> = ReturnType<typeof createCatalog<P>>;
