// The page's search and number handling, as pure functions over the catalog's real names.
import { beforeAll, describe, expect, it } from "vitest";
import { hex, mostCommon, parseNumber } from "../../site/src/format.js";
import { decodeRow, encodeRow } from "../../site/src/rows.js";
import { parseQuery, partPrefixDistance, searchNames, searchValue } from "../../site/src/search.js";
import { distUrl } from "../runtime/paths.js";

type Runtime = typeof import("../../src/index.js");
let sc: Runtime;
let names: string[];
let upper: string[];
const top = (query: string, n = 3) => searchNames(query.toUpperCase(), upper, names).slice(0, n).map((h) => names[h.index]);

beforeAll(async () => {
  sc = (await import(distUrl("src/index.js"))) as Runtime;
  names = [...new Set(sc.platforms.flatMap((p) => Object.keys(sc.table(p))))].sort();
  upper = names.map((n) => n.toUpperCase());
});

describe("search", () => {
  it("reads numbers as values, with words that narrow them, and anything else as a name", () => {
    expect(parseQuery("0x42")).toEqual({ kind: "value", value: 66, words: [] });
    expect(parseQuery(" 16 TCP darwin ")).toEqual({ kind: "value", value: 16, words: ["TCP", "darwin"] });
    expect(parseQuery("tcp nodelay")).toEqual({ kind: "name", text: "TCP_NODELAY" });
    expect(parseQuery("   ")).toBeUndefined();
  });

  it("ranks the exact name, then prefixes, then the start of a part, then substrings, then typos", () => {
    expect(top("tcp_nodelay", 1)).toEqual(["TCP_NODELAY"]);
    expect(top("TCP_KEEPI", 1)).toEqual(["TCP_KEEPIDLE"]);
    expect(top("KEEPIDLE", 1)).toEqual(["TCP_KEEPIDLE"]);
    const hits = searchNames("NODELAY", upper, names);
    expect(hits.map((h) => h.tier)).toEqual([...hits.map((h) => h.tier)].sort());
  });

  it("forgives typos in what has been typed so far, wherever the typing started", () => {
    expect(top("TCP_KEEPIDEL", 1)).toEqual(["TCP_KEEPIDLE"]);
    expect(top("tcp_keepilde", 1)).toEqual(["TCP_KEEPIDLE"]);
    expect(top("AF_INTE6", 1)).toEqual(["AF_INET6"]);
    expect(partPrefixDistance("KEPIDLE", "TCP_KEEPIDLE", 2)).toBe(1);
    // Two letters match everything with a typo: no typos until the query says more.
    expect(searchNames("ZQ", upper, names)).toEqual([]);
  });

  it("finds a value on the platforms that have it, the signed and unsigned 32-bit word alike", () => {
    const hits = searchValue(16, names.length, (i) => sc.platforms.map((p) => sc.table(p)[names[i]!]));
    const keepalive = hits.find((h) => names[h.index] === "TCP_KEEPALIVE")!;
    expect(keepalive.platforms!.map((p) => sc.platforms[p])).toEqual(["darwin-x64", "darwin-arm64"]);
    const exclusive = searchValue(0xfffffffb, names.length, (i) => sc.platforms.map((p) => sc.table(p)[names[i]!]));
    expect(exclusive.map((h) => names[h.index])).toContain("SO_EXCLUSIVEADDRUSE");
  });
});

describe("numbers and rows", () => {
  it("read decimal and hex, and write a negative int as its 32-bit word", () => {
    expect([parseNumber("0x42"), parseNumber("66"), parseNumber("-5"), parseNumber("0X1F"), parseNumber("6 6")]).toEqual([66, 66, -5, 31, undefined]);
    expect([hex(16), hex(-5), hex(4294967295)]).toEqual(["0x10", "0xfffffffb", "0xffffffff"]);
  });

  it("take the most common value, the first in platform order on a tie", () => {
    expect(mostCommon([1, 2, 2, undefined])).toBe(2);
    expect(mostCommon([3, 16, 16, 3])).toBe(3);
    expect(mostCommon([undefined])).toBeUndefined();
  });

  it("encode a row of platform cells as runs and back", () => {
    const cells = ["a", "a", "a", "~", "u", "u", "-5", "a"];
    expect(encodeRow(cells)).toBe("a*3,~,u*2,-5,a");
    expect(decodeRow(encodeRow(cells))).toEqual(cells);
    const long = Array.from({ length: 40 }, () => "1");
    expect(decodeRow(encodeRow(long))).toEqual(long);
  });
});
