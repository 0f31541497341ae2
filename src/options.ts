/**
 * The shape of generated/options.ts: what each name of an option family is on each OS, from the records
 * of data/options (scripts/schema/option.ts), for sockconst/describe.
 */
import type { Role } from "./packed.js";

/** Where a fact comes from: a man page section, an SDK header or a documentation page. */
export interface Citation {
  readonly doc: string;
  readonly from: string;
  readonly section?: string;
  readonly quote?: string;
}

/** How an option's value is passed: `kind` says how to read the bytes, `c` names the C type. */
export type ValueType =
  | { readonly kind: "int"; readonly c: string; readonly size: 1 | 2 | 4 | 8; readonly signed: boolean }
  | { readonly kind: "bool"; readonly c: string; readonly size: 1 | 4 }
  | { readonly kind: "struct"; readonly c: string; readonly struct: string }
  | { readonly kind: "string"; readonly c: string; readonly max?: number }
  | { readonly kind: "bytes"; readonly c: string }
  | { readonly kind: "none" };

export interface OptionFacts {
  readonly citations: readonly Citation[];
  readonly records: Readonly<Record<string, Readonly<Record<string, OptionRecord>>>>;
}

interface OptionRecord {
  readonly family: string;
  readonly roles: readonly Role[];
  readonly levels?: readonly string[];
  readonly access?: "get" | "set" | "get-set";
  readonly type?: ValueType;
  readonly untyped?: string;
  readonly unit?: string;
  readonly of?: string;
  readonly note?: string;
  readonly source: readonly number[];
}

/** What a record says about a name on an OS, citations resolved; frozen; undefined without a record. */
export interface OptionInfo {
  readonly roles: readonly Role[];
  readonly levels: readonly string[] | undefined;
  readonly access: "get" | "set" | "get-set" | undefined;
  readonly type: ValueType | undefined;
  /** For an option whose value type no document states: which documents were read. */
  readonly untyped: string | undefined;
  readonly unit: string | undefined;
  /** For a value or flag: the option it belongs to. */
  readonly of: string | undefined;
  readonly note: string | undefined;
  readonly sources: readonly Citation[];
}

const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
};

export function optionInfo(facts: OptionFacts, os: string, name: string): OptionInfo | undefined {
  const r = facts.records[os]?.[name];
  if (r === undefined) return undefined;
  return deepFreeze({
    roles: r.roles,
    levels: r.levels,
    access: r.access,
    type: r.type,
    untyped: r.untyped,
    unit: r.unit,
    of: r.of,
    note: r.note,
    sources: r.source.map((i) => facts.citations[i]!),
  });
}
