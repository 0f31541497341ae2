import type { Family } from "./family.js";
import { FlagIndex } from "./flags.js";

export type Member = readonly [name: string, value: number];

const NO_MEMBERS: readonly Member[] = Object.freeze([]);
const NO_NAMES: readonly string[] = Object.freeze([]);

/**
 * The derived views of one platform's table, each built on first use and kept: the names grouped by family
 * (one pass), then per family a value → names map and a flag decoder.
 */
export class TableIndexes {
  private byFamily: Map<string, readonly Member[]> | undefined;
  private readonly reverse = new Map<string, Map<number, readonly string[]>>();
  private readonly flags = new Map<string, FlagIndex>();

  constructor(
    private readonly table: Readonly<Record<string, number>>,
    private readonly familyOf: (name: string) => Family | undefined,
    /** The order among names of one value (see order.ts). */
    private readonly preferred: (a: string, b: string) => number,
  ) {}

  /** The family's names on this table with their values, by value, then preferred name. */
  members(family: Family): readonly Member[] {
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

  /** The family's names with this value, preferred first; the same frozen array on every call. */
  namesOf(family: Family, value: number): readonly string[] {
    let index = this.reverse.get(family.name);
    if (index === undefined) {
      const grouped = new Map<number, string[]>();
      for (const [name, v] of this.members(family)) {
        let names = grouped.get(v);
        if (names === undefined) grouped.set(v, (names = []));
        names.push(name);
      }
      index = new Map();
      for (const [v, names] of grouped) index.set(v, Object.freeze(names));
      this.reverse.set(family.name, index);
    }
    return index.get(value) ?? NO_NAMES;
  }

  flagIndex(family: Family): FlagIndex {
    let index = this.flags.get(family.name);
    if (index === undefined) this.flags.set(family.name, (index = new FlagIndex(this.members(family))));
    return index;
  }
}
