/**
 * The order of names sharing one value. A name its header defines as another name of its family is the
 * alias and comes after (`SO_RCVTIMEO` is `SO_RCVTIMEO_OLD`, `MSG_TRYHARD` is `MSG_DONTROUTE`): that is the
 * name a trace decoder such as strace prints. Then shortest first, because the long spelling is usually the
 * compatibility one; then by code unit rather than locale, so every runtime gives the same order.
 */
export function preferredOrder(isAlias: (name: string) => boolean): (a: string, b: string) => number {
  return (a, b) => {
    const alias = Number(isAlias(a)) - Number(isAlias(b));
    if (alias !== 0) return alias;
    if (a.length !== b.length) return a.length - b.length;
    return a < b ? -1 : a > b ? 1 : 0;
  };
}
