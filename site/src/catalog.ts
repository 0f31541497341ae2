/** The page's view of data-index.js: names, families and values, each row decoded on first use. */
import type { SiteFamily, SiteIndex } from "./model.js";
import { cellValue, decodeRow } from "./rows.js";
import { letterCounts } from "./search.js";

export type Values = readonly (number | undefined)[];

export class Catalog {
  readonly platforms: readonly string[];
  readonly names: readonly string[];
  /** Upper-cased names, for case-blind search without upper-casing on every keystroke. */
  readonly upper: readonly string[];
  /** Letter counts of every name, for ruling names out of a typo match cheaply. */
  readonly letters: Uint8Array;
  readonly families: readonly SiteFamily[];
  private readonly position = new Map<string, number>();
  private readonly rows: (Values | undefined)[] = [];
  private members: Map<number, number[]> | undefined;

  constructor(readonly index: SiteIndex) {
    this.platforms = index.platforms;
    this.names = index.names;
    this.upper = index.names.map((n) => n.toUpperCase());
    this.letters = letterCounts(this.upper);
    this.families = index.families;
    index.names.forEach((n, i) => this.position.set(n, i));
  }

  indexOf(name: string): number | undefined {
    return this.position.get(name);
  }

  values(i: number): Values {
    return (this.rows[i] ??= decodeRow(this.index.values[i]!).map(cellValue));
  }

  /**
   * Decodes rows while `more()` allows and tells whether any are left: run in idle time, so that the first
   * search by value does not decode every row on a keystroke.
   */
  warm(more: () => boolean): boolean {
    for (; this.warmed < this.names.length; this.warmed++) {
      if (!more()) return true;
      this.values(this.warmed);
    }
    return false;
  }
  private warmed = 0;

  familyOf(i: number): SiteFamily | undefined {
    return this.families[this.index.family[i]!];
  }

  family(name: string): SiteFamily | undefined {
    return this.families.find((f) => f.name === name);
  }

  /** The name indices of a family, in name order. */
  membersOf(family: SiteFamily): readonly number[] {
    if (this.members === undefined) {
      this.members = new Map();
      this.index.family.forEach((f, i) => {
        let list = this.members!.get(f);
        if (list === undefined) this.members!.set(f, (list = []));
        list.push(i);
      });
    }
    return this.members.get(this.families.indexOf(family)) ?? [];
  }

  osOf(platform: number): string {
    return this.index.os[platform]!;
  }

  /** The OSes in platform order, each once. */
  get oses(): string[] {
    return [...new Set(this.index.os)];
  }

  /**
   * Platforms named as briefly as is exact: an OS whose every platform is included by its name, the rest
   * by id ("linux, darwin-arm64").
   */
  platformSet(included: readonly number[]): string {
    if (included.length === this.platforms.length) return "every platform";
    const chosen = new Set(included);
    const parts: string[] = [];
    for (const os of this.oses) {
      const mine = this.platforms.map((_, p) => p).filter((p) => this.index.os[p] === os);
      const hit = mine.filter((p) => chosen.has(p));
      if (hit.length === 0) continue;
      if (hit.length === mine.length) parts.push(os);
      else parts.push(...hit.map((p) => this.platforms[p]!));
    }
    return parts.join(", ");
  }
}
