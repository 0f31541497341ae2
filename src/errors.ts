/** What went wrong, as a stable string a caller can switch on (messages may be reworded; codes stay). */
export type SockconstErrorCode =
  | "UNKNOWN_NAME" // no platform defines the name
  | "UNKNOWN_PLATFORM" // not one of `platforms`
  | "UNKNOWN_FAMILY" // not one of the family names
  | "NOT_FLAGS" // decodeFlags on a family whose values do not combine as bits
  | "NO_HOST" // no platform given and the host could not be identified
  | "INVALID_VALUE"; // a value that is not a safe integer

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
    this.valid = options.valid ?? [];
    this.suggestions = options.suggestions ?? [];
  }
}
