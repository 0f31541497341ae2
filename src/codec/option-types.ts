/**
 * What an option's value is on a platform, from the records of data/options (generated/option-types.ts):
 * the value type, its unit, who may read or set it; or why the codec cannot encode it there.
 */
import { optionTypes } from "../../generated/option-types.js";
import { SockconstError } from "../errors.js";
import { catalog, type PlatformId } from "../index.js";
import type { ValueType } from "../options.js";
import { targetOf, type Target } from "./target.js";

export type { ValueType };

export interface OptionType {
  readonly access?: "get" | "set" | "get-set";
  readonly type?: ValueType;
  readonly untyped?: string;
  readonly unit?: string;
}

/** Per OS (as the option records name it), per option name. */
export type OptionTypes = Readonly<Record<string, Readonly<Record<string, OptionType>>>>;

/** An option the codec can encode on a target: the record's facts with the type known. */
export interface TypedOption {
  readonly name: string;
  readonly target: Target;
  readonly type: ValueType;
  readonly unit: string | undefined;
  readonly access: "get" | "set" | "get-set" | undefined;
}

const roleWords: Readonly<Record<string, string>> = {
  option: "an option",
  cmsg: "a control-message type",
  value: "a value of an option",
  flag: "a flag of an option",
  other: "neither option nor value (a limit, a field code)",
};

/**
 * The record of an option on a platform.
 * @throws SockconstError UNKNOWN_NAME, NOT_AN_OPTION (naming what the name is there), UNTYPED_OPTION (saying
 * which documents are silent), UNKNOWN_PLATFORM, NO_HOST, NO_LAYOUT.
 */
export function optionOn(name: string, platform?: PlatformId): TypedOption {
  const target = targetOf(platform);
  const { id, os } = target;
  if (catalog.lookup(name, id) === undefined) {
    throw new SockconstError("NOT_AN_OPTION", `${name} is not defined on ${id}`);
  }
  const record = optionTypes[os]?.[name];
  if (record === undefined) {
    const roles = catalog.rolesOf(name, id);
    const family = catalog.familyOf(name);
    if (roles !== undefined) {
      throw new SockconstError("NOT_AN_OPTION", `${name} is not a socket option on ${os}: the records call it ${roles.map((r) => roleWords[r] ?? r).join(" and ")}`);
    }
    if (family?.kind !== "options") {
      throw new SockconstError("NOT_AN_OPTION", `${name} is not a socket option: it belongs to ${family === undefined ? "no family" : `the ${family.name} family of ${family.kind}`}`);
    }
    throw new SockconstError("UNTYPED_OPTION", `No record of data/options covers ${name} on ${os}, so its value type is unknown there`);
  }
  if (record.type === undefined) {
    throw new SockconstError("UNTYPED_OPTION", `The value type of ${name} on ${os} is unknown: ${record.untyped ?? "no document states it"}`);
  }
  return { name, target, type: record.type, unit: record.unit, access: record.access };
}
