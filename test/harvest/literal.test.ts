import { describe, expect, it } from "vitest";
import { loadTargets } from "../../scripts/lib/data.js";
import { readCommitted } from "../../scripts/harvest/committed.js";
import { plainLiteral } from "../../scripts/harvest/literal.js";

/**
 * A second, independent reading of the headers: where the defining line is a plain integer literal,
 * the compiler's value must be that literal. This is the evidence for targets nothing here can run.
 */
describe.each(loadTargets().map((t) => [t.id] as const))("%s: values against their defining literals", (id) => {
  it("every value defined by a plain literal equals it", () => {
    const constants = Object.entries(readCommitted(id)!.constants);
    const literal = constants.flatMap(([name, c]) => {
      const n = plainLiteral(c.text);
      return n === undefined ? [] : [[name, n, c.value] as const];
    });
    expect(literal.filter(([, n, v]) => n !== BigInt(v)).map(([name, n, v]) => `${name}: line says ${n}, value ${v}`)).toEqual([]);
    // Most constants are written as literals; a table where few are would mean the text was not kept.
    expect(literal.length).toBeGreaterThan(constants.length / 3);
  });

  it("a name defined as another name has that name's value", () => {
    const table = readCommitted(id)!.constants;
    const aliases = Object.entries(table).flatMap(([name, c]) => {
      const other = c.text?.match(/^\(?\s*([A-Za-z_]\w*)\s*\)?$/)?.[1];
      return other && other !== name && table[other] ? [[name, other] as const] : [];
    });
    expect(aliases.filter(([name, other]) => table[name]!.value !== table[other]!.value)).toEqual([]);
    expect(aliases.length).toBeGreaterThan(0);
  });
});

describe("plainLiteral", () => {
  it.each([
    ["0x0200", 512n],
    ["(-3)", -3n],
    ["017", 15n],
    ["4096U", 4096n],
    ["0xffffffffUL", 4294967295n],
    ["0", 0n],
    ["((in_addr_t) 0xffffffff)", 4294967295n],
    ["(u_int32_t)0x7f000001", 2130706433n],
  ])("reads %s as %s", (text, n) => expect(plainLiteral(text)).toBe(n));
  it.each(["PF_INET", "-1U", "((in_addr_t) -1)", "((u_int8_t) 0x1ff)", "(1 << 3)", "_IOW('s', 1, int)", "1.5", ""])("leaves %s to the compiler", (text) => expect(plainLiteral(text)).toBeUndefined());
});
