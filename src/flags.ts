
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

interface Mask {
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

const slotOf = (lowest: number, half: number) => 31 - Math.clz32(lowest) + half * 32;

/**
 * The decoding index of one family on one platform. Single-bit names are found by bit position (64 slots),
 * so a call costs one step per set bit however large the family. A multi-bit name (a mask such as
 * `AI_DEFAULT`) can only explain a bit that no single-bit name has, so masks are filed under such "orphan"
 * bits and looked at only when the value has one; masks made entirely of named bits are never used.
 * Zero-valued names add no bits and are ignored.
 */
export class FlagIndex {
  private readonly single: (string | undefined)[] = new Array(64).fill(undefined);
  private readonly singleValue: number[] = new Array(64).fill(0);
  /** By orphan bit slot: the masks holding that bit, widest first. */
  private readonly masks: (Mask[] | undefined)[] = new Array(64).fill(undefined);

  /** `entries` in preferred order among equal values (the first name of a value is the one used). */
  constructor(entries: Iterable<readonly [name: string, value: number]>) {
    const byValue = new Map<number, string>();
    for (const [name, value] of entries) {
      const bits = toBits(value);
      if (bits === undefined || (bits.hi === 0 && bits.lo === 0)) continue;
      const normalized = fromBits(bits.hi, bits.lo);
      const current = byValue.get(normalized);
      if (current === undefined) byValue.set(normalized, name);
    }
    const wide: Mask[] = [];
    for (const [value, name] of byValue) {
      const bits = toBits(value)!;
      if (bitCount(bits.hi) + bitCount(bits.lo) === 1) {
        const slot = bits.lo !== 0 ? slotOf(bits.lo, 0) : slotOf(bits.hi, 1);
        this.single[slot] = name;
        this.singleValue[slot] = value;
      } else {
        wide.push({ name, bits, value });
      }
    }
    wide.sort(
      (x, y) =>
        bitCount(y.bits.hi) + bitCount(y.bits.lo) - (bitCount(x.bits.hi) + bitCount(x.bits.lo)) || x.value - y.value,
    );
    for (const mask of wide) {
      for (let half = 0; half < 2; half++) {
        let word = half === 0 ? mask.bits.lo : mask.bits.hi;
        while (word !== 0) {
          const lowest = word & -word;
          word = (word ^ lowest) >>> 0;
          const slot = slotOf(lowest, half);
          if (this.single[slot] !== undefined) continue;
          (this.masks[slot] ??= []).push(mask);
        }
      }
    }
  }

  decode(bits: Bits): Decoded {
    const names: string[] = [];
    let coveredHi = 0;
    let coveredLo = 0;
    let orphans = false;
    for (let half = 0; half < 2; half++) {
      let word = half === 0 ? bits.lo : bits.hi;
      while (word !== 0) {
        const lowest = word & -word;
        word = (word ^ lowest) >>> 0;
        const name = this.single[slotOf(lowest, half)];
        if (name === undefined) {
          orphans = true;
          continue;
        }
        names.push(name); // ascending bit order is ascending value order
        if (half === 0) coveredLo |= lowest;
        else coveredHi |= lowest;
      }
    }
    if (!orphans) return { names, rest: fromBits(bits.hi & ~coveredHi, bits.lo & ~coveredLo) };

    // Rare: bits without a single-bit name. Try the masks filed under each such bit, widest first.
    const found: { name: string; value: number }[] = [];
    for (let half = 0; half < 2; half++) {
      let word = half === 0 ? bits.lo & ~coveredLo : bits.hi & ~coveredHi;
      while (word !== 0) {
        const lowest = word & -word;
        word = (word ^ lowest) >>> 0;
        if (((half === 0 ? coveredLo : coveredHi) & lowest) !== 0) continue; // taken by an earlier mask
        for (const mask of this.masks[slotOf(lowest, half)] ?? []) {
          if ((mask.bits.lo & bits.lo) >>> 0 !== mask.bits.lo || (mask.bits.hi & bits.hi) !== mask.bits.hi) continue;
          found.push({ name: mask.name, value: mask.value });
          coveredLo |= mask.bits.lo;
          coveredHi |= mask.bits.hi;
          break;
        }
      }
    }
    const rest = fromBits(bits.hi & ~coveredHi, bits.lo & ~coveredLo);
    if (found.length === 0) return { names, rest };
    for (const name of names) found.push({ name, value: this.valueOf(name) });
    found.sort((x, y) => x.value - y.value);
    return { names: found.map((entry) => entry.name), rest };
  }

  private valueOf(singleName: string): number {
    return this.singleValue[this.single.indexOf(singleName)]!;
  }
}
