/** IPv4 and IPv6 addresses between their text forms and the 4 or 16 bytes the kernel reads (network order). */
import { SockconstError, shown } from "../errors.js";

const invalid = (what: string, value: unknown, expected: string) =>
  new SockconstError("INVALID_VALUE", `${what} must be ${expected}, got ${shown(value)}`);

/** "192.0.2.1" → 4 bytes. Only the four-part dotted decimal form: inet_aton's shorthands ("127.1") are refused. */
export function parseIPv4(text: unknown, what: string): Uint8Array {
  const parts = typeof text === "string" ? text.split(".") : [];
  if (parts.length !== 4 || !parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255)) {
    throw invalid(what, text, 'an IPv4 address in dotted decimal ("192.0.2.1")');
  }
  return Uint8Array.from(parts, Number);
}

export const formatIPv4 = (b: Uint8Array): string => `${b[0]}.${b[1]}.${b[2]}.${b[3]}`;

/** "2001:db8::1", "::ffff:192.0.2.1" → 16 bytes (RFC 4291 §2.2; no zone: pass the scope id separately). */
export function parseIPv6(text: unknown, what: string): Uint8Array {
  const fail = () => invalid(what, text, 'an IPv6 address ("ff02::1", "::ffff:192.0.2.1")');
  if (typeof text !== "string") throw fail();
  const halves = text.split("::");
  if (halves.length > 2) throw fail();
  const groups = (part: string): number[] => {
    if (part === "") return [];
    const out: number[] = [];
    const pieces = part.split(":");
    pieces.forEach((p, i) => {
      if (i === pieces.length - 1 && p.includes(".")) {
        const v4 = parseIPv4(p, what);
        out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
      } else if (/^[0-9A-Fa-f]{1,4}$/.test(p)) out.push(parseInt(p, 16));
      else throw fail();
    });
    return out;
  };
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) throw fail();
  const all = [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  all.forEach((g, i) => {
    bytes[2 * i] = g >> 8;
    bytes[2 * i + 1] = g & 0xff;
  });
  return bytes;
}

/** 16 bytes → the canonical text of RFC 5952: lower case, the longest run of zero groups (two or more) as "::". */
export function formatIPv6(b: Uint8Array): string {
  const groups = Array.from({ length: 8 }, (_, i) => (b[2 * i]! << 8) | b[2 * i + 1]!);
  // RFC 5952 §5: an IPv4-mapped address keeps its IPv4 part dotted.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) return `::ffff:${formatIPv4(b.subarray(12))}`;
  let best = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [best, bestLength] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  const hex = (gs: number[]) => gs.map((g) => g.toString(16)).join(":");
  if (best < 0) return hex(groups);
  return `${hex(groups.slice(0, best))}::${hex(groups.slice(best + bestLength))}`;
}
