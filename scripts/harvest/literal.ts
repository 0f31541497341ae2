/**
 * Read a definition's text the way a person reads the header: when it is a plain integer literal
 * (`0x0200`, `(-3)`, `017`, `4096U`), its number. Anything else (an expression, another name) is
 * undefined: such values can only be traced through the compiler. So is a negated unsigned literal
 * (`-1U`), whose value wraps at a width that depends on the target.
 */
export function plainLiteral(text: string | undefined): bigint | undefined {
  // `((in_addr_t) 0x7f000001)`: a cast to a 32-bit unsigned type keeps any literal up to 0xffffffff.
  const cast = text?.match(/^\(*\s*(?:in_addr_t|u_int32_t|uint32_t|__uint32_t)\s*\)\s*(.*?)\)?$/);
  if (cast) {
    const n = plainLiteral(cast[1]!.trim());
    return n !== undefined && n >= 0n && n <= 0xffffffffn ? n : undefined;
  }
  const m = text?.match(/^\(?\s*(-)?\s*(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)(?:[uU]?[lL]{0,2}|[lL]{1,2}[uU])\s*\)?$/);
  if (!m) return undefined;
  if (m[1] && /u/i.test(text!)) return undefined;
  const digits = m[2]!;
  const n = /^0[0-7]+$/.test(digits) ? BigInt(`0o${digits.slice(1)}`) : BigInt(digits);
  return m[1] ? -n : n;
}
