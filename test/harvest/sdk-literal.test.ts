import { describe, expect, it } from "vitest";
import { plainLiteral } from "../../scripts/harvest/literal.js";
import { readCommitted } from "../../scripts/harvest/committed.js";
import { readFacts, readReport } from "../../scripts/harvest-sdk/committed.js";
import { sdkTriples } from "../../scripts/harvest-sdk/recipe.js";
import type { HarvestFile } from "../../scripts/schema/harvest.js";
import type { SdkFacts } from "../../scripts/schema/sdk-facts.js";

/**
 * The values only the SDK gives (those the supplement adds to a table) read a second way, from the
 * defining line the facts record rather than from the compiler: a plain literal is its number; a name,
 * or a name plus or minus a number, is that name's value; a Winsock ioctl code `_WSAIOxx(IOC_xxx, n)`
 * is n plus the base that the mingw-w64 table's own codes of the same form show.
 */
const ioctl = /^_WSAIO(R|W|RW)?\s*\(\s*(IOC_\w+)\s*,\s*(\d+)\s*\)$/;
const offset = /^\(?\s*([A-Za-z_]\w*)\s*(?:([+-])\s*(\d+))?\s*\)?$/;

/** The base of each ioctl form, from the mingw-w64 table; a form whose codes disagree is an error. */
function ioctlBases(mingw: HarvestFile): Map<string, number> {
  const bases = new Map<string, number>();
  for (const [name, c] of Object.entries(mingw.constants)) {
    const m = ioctl.exec(c.text ?? "");
    if (!m) continue;
    const form = `${m[1] ?? ""} ${m[2]}`;
    const base = c.value - Number(m[3]);
    if (bases.has(form) && bases.get(form) !== base) throw new Error(`${name}: ${form} codes of mingw-w64 disagree on their base`);
    bases.set(form, base);
  }
  return bases;
}

/** The value the defining line gives, or undefined when this reading cannot tell. */
function readLine(text: string | undefined, sdk: SdkFacts, bases: Map<string, number>): bigint | undefined {
  const literal = plainLiteral(text);
  if (literal !== undefined) return literal;
  const io = ioctl.exec(text ?? "");
  if (io) {
    const base = bases.get(`${io[1] ?? ""} ${io[2]}`);
    return base === undefined ? undefined : BigInt(base) + BigInt(io[3]!);
  }
  const o = offset.exec(text ?? "");
  const named = o ? sdk.constants[o[1]!] : undefined;
  if (!o || !named) return undefined;
  return BigInt(named.value) + (o[2] === "-" ? -1n : 1n) * BigInt(o[3] ?? 0);
}

/**
 * Defined as an error code outside the catalog (winerror.h's WSA_* names are not a family), so the
 * committed files do not hold the value the line names; the compiler alone traced them.
 */
const compilerOnly = new Set(["EAI_IPSECPOLICY", "EAI_NOSECURENAME"]);

describe.each(Object.keys(sdkTriples).map((id) => [id] as const))("%s: SDK-only values against their defining lines", (id) => {
  const sdk = readFacts(id)!;
  const mingw = readCommitted(id)!;
  const sdkOnly = readReport()!.targets.find((t) => t.target === id)!.sdkOnly;

  it("every SDK-only value equals what its line says", () => {
    const bases = ioctlBases(mingw);
    const read = sdkOnly.map((name) => [name, sdk.constants[name]!, readLine(sdk.constants[name]!.text, sdk, bases)] as const);
    expect(read.filter(([, c, n]) => n !== undefined && n !== BigInt(c.value)).map(([name, c, n]) => `${name}: line says ${n}, value ${c.value}`)).toEqual([]);
    expect(read.filter(([, , n]) => n === undefined).map(([name]) => name)).toEqual([...compilerOnly].filter((n) => sdkOnly.includes(n)).sort());
  });

  it("every SDK value defined by a plain literal equals it (plainLiteral)", () => {
    const literal = Object.entries(sdk.constants).flatMap(([name, c]) => {
      const n = plainLiteral(c.text);
      return n === undefined ? [] : [[name, n, c.value] as const];
    });
    expect(literal.filter(([, n, v]) => n !== BigInt(v)).map(([name, n, v]) => `${name}: line says ${n}, value ${v}`)).toEqual([]);
    expect(literal.length).toBeGreaterThan(Object.keys(sdk.constants).length / 3);
  });
});
