import { describe, expect, it } from "vitest";
import { createCatalog } from "../../src/catalog.js";
import { SockconstError } from "../../src/errors.js";
import { fixtureData, fixtureHost } from "./fixtures/catalog.js";
import { pack } from "../../scripts/generate/pack.js";

const catalog = () => createCatalog(fixtureData(), fixtureHost());

function thrown(run: () => unknown): SockconstError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SockconstError);
    return error as SockconstError;
  }
  throw new Error("expected a SockconstError, nothing was thrown");
}

describe("table", () => {
  it("returns the platform's table, frozen", () => {
    const c = catalog();
    const t = c.table("beta");
    expect(t.TCP_KEEPALIVE).toBe(0x10);
    expect(Object.isFrozen(t)).toBe(true);
    expect(() => {
      (t as Record<string, number>).TCP_KEEPALIVE = 1;
    }).toThrow(TypeError);
  });

  it("uses the host without an argument", () => {
    expect(catalog().table().TCP_KEEPIDLE).toBe(4);
  });

  it("names the valid ids for an unknown platform, including Object.prototype names", () => {
    for (const bad of ["gamma", "constructor", "__proto__", "toString", ""]) {
      const error = thrown(() => catalog().table(bad as "alpha"));
      expect(error.code).toBe("UNKNOWN_PLATFORM");
      expect(error.message).toContain(JSON.stringify(bad));
      expect(error.message).toContain("alpha, beta");
      expect(error.valid).toEqual(["alpha", "beta"]);
    }
  });

  it("suggests the closest id", () => {
    expect(thrown(() => catalog().table("alpah" as "alpha")).suggestions).toEqual(["alpha"]);
  });

  it("fails with NO_HOST when the host is unknown, listing the ids", () => {
    const c = createCatalog(fixtureData(), fixtureHost(null));
    const error = thrown(() => c.table());
    expect(error.code).toBe("NO_HOST");
    expect(error.message).toContain("alpha, beta");
    expect(thrown(() => c.lookup("TCP_NODELAY")).code).toBe("NO_HOST");
  });
});

describe("lookup", () => {
  it("reads values, keeping range and sign", () => {
    const c = catalog();
    expect(c.lookup("TCP_KEEPIDLE", "alpha")).toBe(4);
    expect(c.lookup("INADDR_NONE", "alpha")).toBe(4294967295);
    expect(c.lookup("SO_EXCLUSIVEADDRUSE", "beta")).toBe(-5);
    expect(c.lookup("MSG_HUGE", "alpha")).toBe(2 ** 40);
    expect(c.lookup("MSG_ZERO", "alpha")).toBe(0);
  });

  it("alternates platforms correctly (the last-platform cache must not leak)", () => {
    const c = catalog();
    expect(c.lookup("SO_REUSEADDR", "alpha")).toBe(2);
    expect(c.lookup("SO_REUSEADDR", "beta")).toBe(4);
    expect(c.lookup("SO_REUSEADDR")).toBe(2);
    expect(c.lookup("SO_REUSEADDR", "beta")).toBe(4);
    expect(c.lookup("SO_REUSEADDR", "alpha")).toBe(2);
  });

  it("is undefined when another platform has the name", () => {
    expect(catalog().lookup("TCP_KEEPALIVE", "alpha")).toBeUndefined();
    expect(catalog().lookup("TCP_KEEPIDLE", "beta")).toBeUndefined();
  });

  it("rejects a name no platform defines, suggesting close names", () => {
    const error = thrown(() => catalog().lookup("TCP_KEEPIDEL", "alpha"));
    expect(error.code).toBe("UNKNOWN_NAME");
    expect(error.suggestions[0]).toBe("TCP_KEEPIDLE");
    expect(error.message).toContain("TCP_KEEPIDLE");
    expect(thrown(() => catalog().lookup("tcp_nodelay", "alpha")).suggestions[0]).toBe("TCP_NODELAY");
  });

  it("does not mistake Object.prototype members for constants", () => {
    for (const name of ["toString", "constructor", "__proto__", "hasOwnProperty", "valueOf"]) {
      expect(thrown(() => catalog().lookup(name, "alpha")).code).toBe("UNKNOWN_NAME");
    }
  });

  it("validates the platform even for a known name", () => {
    expect(thrown(() => catalog().lookup("TCP_NODELAY", "Alpha" as "alpha")).code).toBe("UNKNOWN_PLATFORM");
  });
});

describe("namesOf", () => {
  it("orders aliases shortest first, then alphabetically", () => {
    const c = catalog();
    expect(c.namesOf(11, "E", "alpha")).toEqual(["EAGAIN", "EWOULDBLOCK"]);
    expect(c.namesOf(0x40, "MSG", "alpha")).toEqual(["MSG_DONTWAIT", "MSG_NONBLOCK"]);
  });

  it("puts a name defined as another name after that name, whatever their lengths", () => {
    expect(catalog().namesOf(20, "SO", "alpha")).toEqual(["SO_RCVTIMEO_OLD", "SO_RCVTIMEO"]);
  });

  it("keeps to the options of an option family unless another role is asked for", () => {
    const c = catalog();
    expect(c.namesOf(1, "TCP", "alpha")).toEqual(["TCP_NODELAY"]);
    expect(c.namesOf(1, "TCP", "alpha", "value")).toEqual(["TCP_OPEN_STATE"]);
    expect(c.membersOf("TCP", "alpha").map(([n]) => n)).not.toContain("TCP_OPEN_STATE");
    expect(c.membersOf("TCP", "alpha", "value")).toEqual([["TCP_OPEN_STATE", 1]]);
    expect(c.rolesOf("TCP_OPEN_STATE", "alpha")).toEqual(["value"]);
    expect(c.rolesOf("TCP_KEEPIDLE", "alpha")).toBeUndefined();
    expect(thrown(() => c.namesOf(1, "TCP", "alpha", "opt" as "option")).code).toBe("INVALID_ARGUMENT");
  });

  it("keeps to the family and the platform", () => {
    const c = catalog();
    expect(c.namesOf(1, "TCP", "alpha")).toEqual(["TCP_NODELAY"]);
    expect(c.namesOf(1, "SO_J1939", "alpha")).toEqual(["SO_J1939_FILTER"]);
    expect(c.namesOf(1, "SO", "alpha")).toEqual([]); // SO_J1939_FILTER belongs to the longer prefix
    expect(c.namesOf(10035, "E", "alpha")).toEqual(["WSAEWOULDBLOCK"]); // explicit member
    expect(c.namesOf(0x40, "MSG", "beta")).toEqual([]);
    expect(c.namesOf(-5, "SO", "beta")).toEqual(["SO_EXCLUSIVEADDRUSE"]);
  });

  it("returns the same frozen array on later calls (the index is built once)", () => {
    const c = catalog();
    const first = c.namesOf(11, "E", "alpha");
    expect(c.namesOf(11, "E", "alpha")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it("rejects an unknown family, a non-integer and an unknown platform", () => {
    const c = catalog();
    const family = thrown(() => c.namesOf(1, "TPC", "alpha"));
    expect(family.code).toBe("UNKNOWN_FAMILY");
    expect(family.suggestions).toContain("TCP");
    expect(family.message).toContain("MSG, AI, TCP");
    expect(thrown(() => c.namesOf(1.5, "TCP", "alpha")).code).toBe("INVALID_VALUE");
    expect(thrown(() => c.namesOf(Number.NaN, "TCP", "alpha")).code).toBe("INVALID_VALUE");
    expect(thrown(() => c.namesOf(1, "TCP", "gamma" as "alpha")).code).toBe("UNKNOWN_PLATFORM");
  });

  it("says a string is not a number rather than not a safe integer", () => {
    const error = thrown(() => catalog().namesOf("66" as unknown as number, "SO", "alpha"));
    expect(error.code).toBe("INVALID_VALUE");
    expect(error.message).toBe('value must be a number, got the string "66"');
  });
});

describe("decodeFlags", () => {
  it("names each bit by its preferred name and returns the unnamed rest", () => {
    const c = catalog();
    expect(c.decodeFlags(0x42, "MSG", "alpha")).toEqual({ names: ["MSG_PEEK", "MSG_DONTWAIT"], rest: 0 });
    expect(c.decodeFlags(0x42, "MSG", "beta")).toEqual({ names: ["MSG_PEEK"], rest: 0x40 });
    expect(c.decodeFlags(0, "MSG", "alpha")).toEqual({ names: [], rest: 0 });
  });

  it("handles bit 31, bits past 32 and 32-bit negative words", () => {
    const c = catalog();
    expect(c.decodeFlags(0x80000001, "MSG", "alpha")).toEqual({ names: ["MSG_OOB", "MSG_TOP"], rest: 0 });
    expect(c.decodeFlags(2 ** 40 + 2 ** 41 + 2, "MSG", "alpha")).toEqual({
      names: ["MSG_PEEK", "MSG_HUGE"],
      rest: 2 ** 41,
    });
    // -2147483647 is 0x80000001 as a signed 32-bit int
    expect(c.decodeFlags(-2147483647, "MSG", "alpha")).toEqual({ names: ["MSG_OOB", "MSG_TOP"], rest: 0 });
  });

  it("prefers single-bit names and uses a mask only for bits nothing else names", () => {
    const c = catalog();
    // alpha names 0x200 and 0x400 alone, so AI_DEFAULT (0x600) is never needed
    expect(c.decodeFlags(0x601, "AI", "alpha")).toEqual({
      names: ["AI_PASSIVE", "AI_V4MAPPED_CFG", "AI_ADDRCONFIG"],
      rest: 0,
    });
    // beta has no name for 0x200 alone: the mask explains it, and is listed by value
    expect(c.decodeFlags(0x601, "AI", "beta")).toEqual({
      names: ["AI_PASSIVE", "AI_ADDRCONFIG", "AI_DEFAULT"],
      rest: 0,
    });
    // a mask is used only when all its bits are set
    expect(c.decodeFlags(0x1000, "AI", "beta")).toEqual({ names: [], rest: 0x1000 });
    expect(c.decodeFlags(0x3000, "AI", "beta")).toEqual({ names: ["AI_ALL"], rest: 0 });
    expect(c.decodeFlags(0x3201, "AI", "beta")).toEqual({ names: ["AI_PASSIVE", "AI_ALL"], rest: 0x200 });
  });

  it("rejects a family that is not flags, naming the flag families", () => {
    const error = thrown(() => catalog().decodeFlags(1, "TCP", "alpha"));
    expect(error.code).toBe("NOT_FLAGS");
    expect(error.message).toContain("MSG, AI");
    expect(error.valid).toEqual(["MSG", "AI"]);
  });

  it("rejects values that are not flag words", () => {
    const c = catalog();
    for (const bad of [1.5, -2147483649, 2 ** 53, Number.POSITIVE_INFINITY]) {
      expect(thrown(() => c.decodeFlags(bad, "MSG", "alpha")).code).toBe("INVALID_VALUE");
    }
    expect(thrown(() => c.decodeFlags(1, "XYZ", "alpha")).code).toBe("UNKNOWN_FAMILY");
  });
});

describe("compare", () => {
  it("gives every platform, undefined where absent", () => {
    expect(catalog().compare("TCP_KEEPALIVE")).toEqual({ alpha: undefined, beta: 0x10 });
    expect(Object.keys(catalog().compare("TCP_NODELAY"))).toEqual(["alpha", "beta"]);
    expect(catalog().compare("SO_EXCLUSIVEADDRUSE")).toEqual({ alpha: undefined, beta: -5 });
  });

  it("rejects an unknown name", () => {
    expect(thrown(() => catalog().compare("TCP_NOPE")).code).toBe("UNKNOWN_NAME");
  });
});

describe("family helpers", () => {
  it("familyOf applies the explicit-member and longest-prefix rules", () => {
    const c = catalog();
    expect(c.familyOf("SO_J1939_FILTER")?.name).toBe("SO_J1939");
    expect(c.familyOf("WSAEWOULDBLOCK")?.name).toBe("E");
    expect(thrown(() => c.familyOf("NOPE_X")).code).toBe("UNKNOWN_NAME");
  });

  it("membersOf lists a family on a platform by value, then preferred name", () => {
    expect(catalog().membersOf("MSG", "alpha")).toEqual([
      ["MSG_ZERO", 0],
      ["MSG_OOB", 1],
      ["MSG_PEEK", 2],
      ["MSG_DONTWAIT", 0x40],
      ["MSG_NONBLOCK", 0x40],
      ["MSG_TOP", 0x80000000],
      ["MSG_HUGE", 2 ** 40],
    ]);
    expect(catalog().membersOf("SO_J1939", "beta")).toEqual([]);
  });

  it("family returns the record, or UNKNOWN_FAMILY for Object.prototype names and typos", () => {
    const c = catalog();
    expect(c.family("TCP")).toMatchObject({ name: "TCP", kind: "options", level: "IPPROTO_TCP" });
    expect(thrown(() => c.family("constructor")).code).toBe("UNKNOWN_FAMILY");
    expect(thrown(() => c.family("tcp")).suggestions).toEqual(["TCP"]);
  });

  it("isPlatform narrows only real ids", () => {
    const c = catalog();
    expect(c.isPlatform("alpha")).toBe(true);
    expect(c.isPlatform("constructor")).toBe(false);
    expect(c.isPlatform(3)).toBe(false);
  });
});

describe("arguments of the wrong type", () => {
  const cases: [string, () => unknown, string][] = [
    ["lookup(1n)", () => catalog().lookup(1n as unknown as string, "alpha"), "name must be a string, got the bigint 1n"],
    ["lookup([name])", () => catalog().lookup(["TCP_NODELAY"] as unknown as string, "alpha"), "name must be a string, got an array"],
    ["compare(1n)", () => catalog().compare(1n as unknown as string), "name must be a string, got the bigint 1n"],
    ["familyOf(1n)", () => catalog().familyOf(1n as unknown as string), "name must be a string, got the bigint 1n"],
    ["family(3)", () => catalog().family(3 as unknown as string), "family must be a string, got number 3"],
    ["namesOf(1, Symbol())", () => catalog().namesOf(1, Symbol("x") as unknown as string, "alpha"), "family must be a string, got Symbol(x)"],
    ["table(3)", () => catalog().table(3 as unknown as "alpha"), "platform must be a string, got number 3"],
    ["lookup(name, null)", () => catalog().lookup("TCP_NODELAY", null as unknown as "alpha"), "platform must be a string, got null"],
  ];
  for (const [what, run, message] of cases) {
    it(`${what} is INVALID_ARGUMENT naming the type`, () => {
      const error = thrown(run);
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.message).toBe(message);
    });
  }
});

describe("nothing handed out can be changed by a caller", () => {
  it("platforms, families and every family's lists are frozen", () => {
    const c = catalog();
    expect(() => (c.platforms as string[]).push("gamma")).toThrow(TypeError);
    expect(() => ((c.families[0] as { kind: string }).kind = "flags")).toThrow(TypeError);
    expect(() => (c.family("E").members as string[]).push("X")).toThrow(TypeError);
    expect(c.compare("TCP_NODELAY")).toEqual({ alpha: 1, beta: 1 });
  });

  it("results are frozen, and later answers stay the same", () => {
    const c = catalog();
    const decoded = c.decodeFlags(0x42, "MSG", "alpha");
    expect(() => (decoded.names as string[]).push("MSG_X")).toThrow(TypeError);
    expect(() => ((decoded as { rest: number }).rest = 5)).toThrow(TypeError);
    const compared = c.compare("TCP_KEEPALIVE");
    expect(() => ((compared as Record<string, number>).alpha = 1)).toThrow(TypeError);
    expect(() => (c.membersOf("MSG", "alpha") as unknown[]).pop()).toThrow(TypeError);
    expect(c.compare("TCP_KEEPALIVE")).toEqual({ alpha: undefined, beta: 0x10 });
    expect(c.decodeFlags(0x42, "MSG", "alpha")).toEqual({ names: ["MSG_PEEK", "MSG_DONTWAIT"], rest: 0 });
  });
});

describe("the packed encoding", () => {
  it("gives back every table exactly, whichever platform each is written against", () => {
    const tables = {
      a: { X_A: 1, X_B: -7, X_C: 2 ** 40, X_D: 0 },
      b: { X_A: 1, X_B: 7, X_E: 4294967295 },
      c: { X_A: 1, X_B: -7, X_C: 2 ** 40, X_D: 0, X_F: 3 },
      d: {},
    };
    const families = [{ name: "X", kind: "values" as const, prefixes: ["X_"], members: [], description: "x" }];
    const packed = pack(
      Object.entries(tables).map(([id, constants]) => ({ id, os: "x", constants, aliases: [], libcOnly: [] })),
      families,
    );
    const c = createCatalog(packed, () => undefined);
    for (const [id, t] of Object.entries(tables)) expect({ ...c.table(id) }).toEqual(t);
    // c differs from a by one name: it must have been written against a, not in full.
    expect(packed.tables[2]).toMatch(/^0\|/);
  });
});
