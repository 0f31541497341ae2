import type { Family } from "./family.js";
import { FlagIndex } from "./flags.js";
import type { Role } from "./packed.js";

export type Member = readonly [name: string, value: number];

const NO_MEMBERS: readonly Member[] = Object.freeze([]);
const NO_NAMES: readonly string[] = Object.freeze([]);

/**
 * The derived views of one platform's table, each built on first use and kept: the names grouped by family
 * (one pass), then per family a value → names map and a flag decoder.
 */
export class TableIndexes {
  private byFamily: Map<string, readonly Member[]> | undefined;
  private readonly byRole = new Map<string, readonly Member[]>();
  private readonly reverse = new Map<string, Map<number, readonly string[]>>();
  private readonly flags = new Map<string, FlagIndex>();

  constructor(
    private readonly table: Readonly<Record<string, number>>,
    private readonly familyOf: (name: string) => Family | undefined,
    /** The order among names of one value (see order.ts). */
    private readonly preferred: (a: string, b: string) => number,
    /** What a record says a name of an option family is; undefined where there is no record. */
    private readonly rolesOf: (name: string) => ReadonlySet<Role> | undefined,
  ) {}

  /**
   * The family's names on this table with their values, by value, then preferred name; with a role, only
   * the names that have it (a name of an option family without a record counts as an option).
   */
  members(family: Family, role?: Role): readonly Member[] {
    if (role === undefined) return this.allMembers(family);
    const key = `${family.name}\0${role}`;
    let list = this.byRole.get(key);
    if (list === undefined) {
      list = Object.freeze(this.allMembers(family).filter(([name]) => this.rolesOf(name)?.has(role) ?? role === "option"));
      this.byRole.set(key, list);
    }
    return list;
  }

  private allMembers(family: Family): readonly Member[] {
    if (this.byFamily === undefined) {
      const groups = new Map<string, Member[]>();
      for (const name of Object.keys(this.table)) {
        const owner = this.familyOf(name);
        if (owner === undefined) continue;
        let list = groups.get(owner.name);
        if (list === undefined) groups.set(owner.name, (list = []));
        list.push(Object.freeze([name, this.table[name]!] as const));
      }
      this.byFamily = new Map();
      for (const [name, list] of groups) {
        this.byFamily.set(name, Object.freeze(list.sort((x, y) => x[1] - y[1] || this.preferred(x[0], y[0]))));
      }
    }
    return this.byFamily.get(family.name) ?? NO_MEMBERS;
  }

  /** The family's names (of a role) with this value, preferred first; the same frozen array on every call. */
  namesOf(family: Family, value: number, role?: Role): readonly string[] {
    const key = `${family.name}\0${role ?? ""}`;
    let index = this.reverse.get(key);
    if (index === undefined) {
      const grouped = new Map<number, string[]>();
      for (const [name, v] of this.members(family, role)) {
        let names = grouped.get(v);
        if (names === undefined) grouped.set(v, (names = []));
        names.push(name);
      }
      index = new Map();
      for (const [v, names] of grouped) index.set(v, Object.freeze(names));
      this.reverse.set(key, index);
    }
    return index.get(value) ?? NO_NAMES;
  }

  flagIndex(family: Family): FlagIndex {
    let index = this.flags.get(family.name);
    if (index === undefined) this.flags.set(family.name, (index = new FlagIndex(this.members(family))));
    return index;
  }
}
