import { preferredOrder } from "./order.js";

const TWO_TO_32 = 4294967296;

/**
 * A flag word as two unsigned 32-bit halves: JavaScript bit operators stop at 32 bits and some flag
 * constants (and trace values) are wider.
 */
interface Bits {
  readonly hi: number;
  readonly lo: number;
}

/**
 * The bits of a value, or undefined when it cannot be a flag word. A negative value down to -2^31 is read
 * as the 32-bit two's complement word it was printed from (`int flags` in a C trace).
 */
export function toBits(value: number): Bits | undefined {
  if (!Number.isSafeInteger(value)) return undefined;
  if (value < 0) return value >= -2147483648 ? { hi: 0, lo: value >>> 0 } : undefined;
  return { hi: Math.floor(value / TWO_TO_32), lo: value >>> 0 };
}

function fromBits(hi: number, lo: number): number {
  return (hi >>> 0) * TWO_TO_32 + (lo >>> 0);
}

function bitCount(word: number): number {
  let n = word >>> 0;
  let count = 0;
  while (n !== 0) {
    n &= n - 1;
    count++;
  }
  return count;
}

interface MultiBit {
  readonly name: string;
  readonly bits: Bits;
  readonly value: number;
}

export interface Decoded {
  /** The names whose bits make up the value, in ascending order of value. */
  readonly names: readonly string[];
  /** The bits no name covers (0 when the value decodes completely). */
  readonly rest: number;
}

/**
 * The decoding index of one family on one platform. Single-bit names are looked up by bit position
 * (53 slots at most), so decoding costs one step per set bit whatever the family's size. Names of several
 * bits (masks such as `AI_DEFAULT`) are only used for bits that no single-bit name explains; zero-valued
 * names are ignored because they add no bits.
 */
export class FlagIndex {
  private readonly single: (string | undefined)[] = new Array(64).fill(undefined);
  private readonly singleValue: number[] = new Array(64).fill(0);
  private readonly multi: MultiBit[] = [];

  constructor(entries: Iterable<readonly [name: string, value: number]>) {
    const byValue = new Map<number, string>();
    for (const [name, value] of entries) {
      const bits = toBits(value);
      if (bits === undefined || (bits.hi === 0 && bits.lo === 0)) continue;
      const normalized = fromBits(bits.hi, bits.lo);
      const current = byValue.get(normalized);
      if (current === undefined || preferredOrder(name, current) < 0) byValue.set(normalized, name);
    }
    for (const [value, name] of byValue) {
      const bits = toBits(value)!;
      const count = bitCount(bits.hi) + bitCount(bits.lo);
      if (count === 1) {
        const slot = bits.lo !== 0 ? 31 - Math.clz32(bits.lo) : 63 - Math.clz32(bits.hi);
        this.single[slot] = name;
        this.singleValue[slot] = value;
      } else {
        this.multi.push({ name, bits, value });
      }
    }
    // Wider masks first so one name explains as many leftover bits as it can.
    this.multi.sort(
      (x, y) =>
        bitCount(y.bits.hi) + bitCount(y.bits.lo) - (bitCount(x.bits.hi) + bitCount(x.bits.lo)) ||
        x.value - y.value,
    );
  }

  decode(bits: Bits): Decoded {
    const found: { name: string; value: number }[] = [];
    let coveredHi = 0;
    let coveredLo = 0;
    for (let half = 0; half < 2; half++) {
      let word = half === 0 ? bits.lo : bits.hi;
      while (word !== 0) {
        const lowest = word & -word;
        word = (word ^ lowest) >>> 0;
        const slot = 31 - Math.clz32(lowest) + half * 32;
        const name = this.single[slot];
        if (name === undefined) continue;
        found.push({ name, value: this.singleValue[slot]! });
        if (half === 0) coveredLo |= lowest;
        else coveredHi |= lowest;
      }
    }
    for (const mask of this.multi) {
      const inside = (mask.bits.lo & bits.lo) >>> 0 === mask.bits.lo && (mask.bits.hi & bits.hi) >>> 0 === mask.bits.hi;
      const addsBits = (mask.bits.lo & ~coveredLo) !== 0 || (mask.bits.hi & ~coveredHi) !== 0;
      if (!inside || !addsBits) continue;
      found.push({ name: mask.name, value: mask.value });
      coveredLo |= mask.bits.lo;
      coveredHi |= mask.bits.hi;
    }
    found.sort((x, y) => x.value - y.value);
    return {
      names: found.map((entry) => entry.name),
      rest: fromBits(bits.hi & ~coveredHi, bits.lo & ~coveredLo),
    };
  }
}
