/**
 * The order of names sharing one value, so that reverse lookup answers with the name a trace decoder such
 * as strace prints. First the kernel's own names: where the kernel's headers and the C library's both name
 * a value, the C library's extra spellings come after (glibc's IPV6_JOIN_GROUP after the kernel's
 * IPV6_ADD_MEMBERSHIP). Then a name its header defines as another name of its family comes after that name
 * (`SO_RCVTIMEO` is `SO_RCVTIMEO_OLD`, `MSG_TRYHARD` is `MSG_DONTROUTE`). Then shortest first, because the
 * long spelling is usually the compatibility one; then by code unit rather than locale, so every runtime
 * gives the same order.
 */
export function preferredOrder(isAlias: (name: string) => boolean, isLibcOnly: (name: string) => boolean = () => false): (a: string, b: string) => number {
  return (a, b) => {
    const libc = Number(isLibcOnly(a)) - Number(isLibcOnly(b));
    if (libc !== 0) return libc;
    const alias = Number(isAlias(a)) - Number(isAlias(b));
    if (alias !== 0) return alias;
    if (a.length !== b.length) return a.length - b.length;
    return a < b ? -1 : a > b ? 1 : 0;
  };
}
