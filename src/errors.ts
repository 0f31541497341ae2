/** What went wrong, as a stable string a caller can switch on (messages may be reworded; codes stay). */
export type SockconstErrorCode =
  | "UNKNOWN_NAME" // no platform defines the name
  | "UNKNOWN_PLATFORM" // not one of `platforms`
  | "UNKNOWN_FAMILY" // not one of the family names
  | "NOT_FLAGS" // decodeFlags on a family whose values do not combine as bits
  | "NO_HOST" // no platform given and the host could not be identified
  | "INVALID_VALUE" // a value that is not a number, not a safe integer, or (sockconst/codec) not of the expected shape
  | "INVALID_ARGUMENT" // a name, family or platform that is not a string
  | "NOT_AN_OPTION" // sockconst/codec: the name is not a socket option on that platform (a cmsg type, a value, ...)
  | "UNTYPED_OPTION" // sockconst/codec: no document read for the option states its value type there
  | "NO_LAYOUT" // sockconst/codec: no harvested layout of the struct the value needs on that platform
  | "BUFFER_TOO_SHORT" // sockconst/codec: fewer bytes than the value needs
  | "MALFORMED"; // sockconst/codec: bytes that do not parse (a control message's length, an unknown family)

/** The one error type the library throws; `valid` and `suggestions` let a caller (the CLI) say what would work. */
export class SockconstError extends Error {
  override readonly name = "SockconstError";
  readonly code: SockconstErrorCode;
  /** Every accepted input of the kind that was wrong, when the list is short enough to be useful. */
  readonly valid: readonly string[];
  /** The closest accepted inputs, best first. */
  readonly suggestions: readonly string[];

  constructor(
    code: SockconstErrorCode,
    message: string,
    options: { valid?: readonly string[]; suggestions?: readonly string[] } = {},
  ) {
    super(message);
    this.code = code;
    this.valid = Object.freeze([...(options.valid ?? [])]);
    this.suggestions = Object.freeze([...(options.suggestions ?? [])]);
  }
}

/** A value as a message can show it, whatever its type (JSON.stringify throws on a bigint). */
export function shown(value: unknown): string {
  switch (typeof value) {
    case "string":
      return `the string ${JSON.stringify(value)}`;
    case "bigint":
      return `the bigint ${value}n`;
    case "number":
    case "boolean":
      return `${typeof value} ${String(value)}`;
    case "undefined":
      return "undefined";
    case "symbol":
      return value.toString();
    case "function":
      return "a function";
    default:
      return value === null ? "null" : Array.isArray(value) ? "an array" : "an object";
  }
}

/** `value` itself when it is a string; otherwise INVALID_ARGUMENT naming what was expected. */
export function stringArgument(value: unknown, what: string): string {
  if (typeof value === "string") return value;
  throw new SockconstError("INVALID_ARGUMENT", `${what} must be a string, got ${shown(value)}`);
}
