import { describe, expect, it } from "vitest";
import { closest, editDistance } from "../../src/suggest.js";
import { preferredOrder } from "../../src/order.js";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and adjacent swaps as one each", () => {
    expect(editDistance("TCP_NODELAY", "TCP_NODELAY")).toBe(0);
    expect(editDistance("TCP_NODELY", "TCP_NODELAY")).toBe(1);
    expect(editDistance("TCP_NODELAYS", "TCP_NODELAY")).toBe(1);
    expect(editDistance("TCP_NODELAX", "TCP_NODELAY")).toBe(1);
    expect(editDistance("TCP_KEEPIDEL", "TCP_KEEPIDLE")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("stops early past the limit", () => {
    expect(editDistance("AAAAAAAA", "BBBBBBBB", 2)).toBe(3);
    expect(editDistance("A", "ABCDEFG", 2)).toBe(3);
  });
});

describe("closest", () => {
  const names = ["TCP_KEEPIDLE", "TCP_KEEPINTVL", "TCP_KEEPCNT", "TCP_NODELAY", "SO_KEEPALIVE", "AF_INET"];

  it("ranks by distance, ignoring case", () => {
    expect(closest("TCP_KEEPIDEL", names)[0]).toBe("TCP_KEEPIDLE");
    expect(closest("tcp_nodelay", names)).toEqual(["TCP_NODELAY"]);
  });

  it("finds a name from one of its parts", () => {
    expect(closest("KEEPIDLE", names)).toContain("TCP_KEEPIDLE");
  });

  it("suggests nothing for a far-off input", () => {
    expect(closest("XYZZY_FROB_QUUX", names)).toEqual([]);
  });
});

describe("preferredOrder", () => {
  const none = preferredOrder(() => false);
  it("puts the shortest name first, then code-unit order", () => {
    expect(["EWOULDBLOCK", "EAGAIN"].sort(none)).toEqual(["EAGAIN", "EWOULDBLOCK"]);
    expect(["MSG_NONBLOCK", "MSG_DONTWAIT"].sort(none)).toEqual(["MSG_DONTWAIT", "MSG_NONBLOCK"]);
    expect(["b", "B", "a"].sort(none)).toEqual(["B", "a", "b"]);
  });

  it("puts aliases after the names they stand for", () => {
    const order = preferredOrder((n) => n === "MSG_TRYHARD");
    expect(["MSG_TRYHARD", "MSG_DONTROUTE"].sort(order)).toEqual(["MSG_DONTROUTE", "MSG_TRYHARD"]);
  });
});
