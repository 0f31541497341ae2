/** What the constants of a family are: it decides how reverse lookup and flag decoding treat them. */
export type FamilyKind =
  | "enumeration" // distinct values naming one thing each (AF_*, SOCK_* types, IPPROTO_*)
  | "flags" // bits that combine (MSG_*, AI_*, NI_*)
  | "options" // option names passed to setsockopt at `level`
  | "levels" // the `level` argument of setsockopt (SOL_*)
  | "errors" // error codes (EAI_*)
  | "ioctls" // ioctl request codes (SIOC*, SIO_*)
  | "values"; // addresses, ports, limits and other plain numbers

export interface Family {
  readonly name: string;
  readonly kind: FamilyKind;
  /** For options: the constant naming the setsockopt level (e.g. "IPPROTO_TCP"). */
  readonly level?: string;
  readonly prefixes: readonly string[];
  /** Names that belong here whatever their prefix says. */
  readonly members: readonly string[];
  readonly description: string;
}

/**
 * The one rule that places a name in a family, shared by the harvest and the runtime:
 * an explicit member list wins; otherwise the longest matching prefix decides
 * (so `SO_J1939_FILTER` lands in SO_J1939, not SO).
 */
export function familyOf(name: string, families: readonly Family[]): Family | undefined {
  let best: Family | undefined;
  let bestLength = -1;
  for (const family of families) {
    if (family.members.includes(name)) return family;
    for (const prefix of family.prefixes) {
      if (prefix.length > bestLength && name.startsWith(prefix)) {
        best = family;
        bestLength = prefix.length;
      }
    }
  }
  return best;
}
