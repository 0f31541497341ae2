// Every way the codec refuses, with the code a caller can switch on and a message that says what was wrong
// and what would be right.
import { describe, expect, it } from "vitest";
import {
  controlMessages,
  decodeOption,
  decodeSockaddr,
  decodeStruct,
  encodeControlMessages,
  encodeOption,
  encodeSockaddr,
  encodeStruct,
  SockconstError,
  type SockconstErrorCode,
} from "../../src/codec/index.js";

function refusal(run: () => unknown): { code: SockconstErrorCode; message: string } {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(SockconstError);
    return { code: (e as SockconstError).code, message: (e as SockconstError).message };
  }
  throw new Error("expected a SockconstError");
}

const refuses = (run: () => unknown, code: SockconstErrorCode, ...says: (string | RegExp)[]) => {
  const got = refusal(run);
  expect(got.code, got.message).toBe(code);
  for (const s of says) expect(got.message).toMatch(s);
};

describe("options the codec cannot encode", () => {
  it("UNTYPED_OPTION names the documents that are silent", () => {
    refuses(() => encodeOption("TCP_KEEPALIVE", 60, "darwin-arm64"), "UNTYPED_OPTION", "TCP_KEEPALIVE", "darwin", "tcp(4)");
    refuses(() => decodeOption("TCP_KEEPCNT", new Uint8Array(4), "darwin-x64"), "UNTYPED_OPTION", "not documented");
  });
  it("NOT_AN_OPTION says what the name is instead", () => {
    refuses(() => encodeOption("IPV6_TLV_PAD1", 1, "linux-x64"), "NOT_AN_OPTION", "IPV6_TLV_PAD1", "neither option nor value");
    refuses(() => encodeOption("MSG_PEEK", 1, "linux-x64"), "NOT_AN_OPTION", "MSG family of flags");
    refuses(() => encodeOption("TCP_KEEPIDLE", 60, "darwin-arm64"), "NOT_AN_OPTION", "not defined on darwin-arm64");
  });
  it("UNKNOWN_NAME and UNKNOWN_PLATFORM, as the root entry says them", () => {
    refuses(() => encodeOption("SO_LINGR", {}, "linux-x64"), "UNKNOWN_NAME", "SO_LINGER");
    refuses(() => encodeOption("SO_LINGER", {}, "linux-x65" as never), "UNKNOWN_PLATFORM", "linux-x64");
  });
  it("NO_LAYOUT for a struct no layout was harvested of", () => {
    refuses(() => encodeOption("SCTP_RTOINFO", {}, "linux-x64"), "NO_LAYOUT", "sctp_rtoinfo", "linux-x64");
    refuses(() => encodeStruct("no_such_struct", {}, "linux-x64"), "NO_LAYOUT", "no_such_struct");
  });
});

describe("values of the wrong shape: INVALID_VALUE naming the field and what it takes", () => {
  it("integers", () => {
    refuses(() => encodeOption("TCP_KEEPIDLE", "60", "linux-x64"), "INVALID_VALUE", "TCP_KEEPIDLE on linux-x64", "integer", 'string "60"');
    refuses(() => encodeOption("TCP_KEEPIDLE", 2 ** 31, "linux-x64"), "INVALID_VALUE", "from -2147483648 to 2147483647");
    refuses(() => encodeOption("SO_RCVTIMEO", -1, "win32-x64"), "INVALID_VALUE", "from 0 to 4294967295");
    refuses(() => encodeOption("TCP_KEEPIDLE", { minutes: 1 }, "linux-x64"), "INVALID_VALUE", "{ seconds: n }", "minutes");
  });
  it("booleans, strings, bytes and valueless options", () => {
    refuses(() => encodeOption("SO_KEEPALIVE", 2, "linux-x64"), "INVALID_VALUE", "true, false, 0 or 1");
    refuses(() => encodeOption("SO_BINDTODEVICE", "a-very-long-interface-name", "linux-x64"), "INVALID_VALUE", "at most 15 bytes");
    refuses(() => encodeOption("SO_BINDTODEVICE", 3, "linux-x64"), "INVALID_VALUE", "string");
    refuses(() => encodeOption("IP_OPTIONS", [1, 2], "linux-x64"), "INVALID_VALUE", "Uint8Array", "an array");
    refuses(() => encodeOption("SO_DETACH_FILTER", 1, "linux-x64"), "INVALID_VALUE", "takes no value");
  });
  it("structs: a missing field, an unknown field, a field's own value", () => {
    refuses(() => encodeOption("IP_ADD_MEMBERSHIP", { interface: "0.0.0.0" }, "darwin-arm64"), "INVALID_VALUE", "field multiaddr is missing", "{ multiaddr, interface }");
    refuses(() => encodeOption("SO_LINGER", { onoff: true, seconds: 5 }, "linux-x64"), "INVALID_VALUE", "seconds is not a field", "{ onoff, linger }");
    refuses(() => encodeOption("SO_LINGER", { onoff: "yes" }, "linux-x64"), "INVALID_VALUE", "field onoff", "true, false, 0 or 1");
    refuses(() => encodeOption("SO_LINGER", { onoff: true, linger: 70_000 }, "win32-x64"), "INVALID_VALUE", "field linger", "from 0 to 65535");
    refuses(() => encodeOption("IP_ADD_MEMBERSHIP", { multiaddr: "224.0.0.256" }, "linux-x64"), "INVALID_VALUE", "field multiaddr", "dotted decimal");
    refuses(() => encodeOption("IPV6_JOIN_GROUP", { multiaddr: "ff02:::1" }, "linux-x64"), "INVALID_VALUE", "IPv6 address");
    refuses(() => encodeOption("SO_RCVTIMEO", { seconds: 1, microseconds: 1_000_000 }, "linux-x64"), "INVALID_VALUE", "microseconds must be from 0 to 999999");
    refuses(() => encodeOption("SO_RCVTIMEO", 5, "linux-x64"), "INVALID_VALUE", "{ seconds, microseconds } or { milliseconds }");
    refuses(() => encodeStruct("in_pktinfo", { specDst: "0.0.0.0" }, "win32-x64"), "INVALID_VALUE", "specDst is not a field", "{ ifindex, address }");
    refuses(() => encodeStruct("ucred", { pid: 1, user: 0 }, "linux-x64"), "INVALID_VALUE", "user is not a field", "pid, uid, gid");
  });
  it("socket addresses", () => {
    refuses(() => encodeSockaddr({ family: "AF_PACKET" } as never, "linux-x64"), "INVALID_VALUE", "AF_INET, AF_INET6, AF_UNIX", "AF_PACKET");
    refuses(() => encodeSockaddr({ family: "AF_INET", port: 70_000 }, "linux-x64"), "INVALID_VALUE", "port", "from 0 to 65535");
    refuses(() => encodeSockaddr({ family: "AF_INET", address: "::1" }, "linux-x64"), "INVALID_VALUE", "address", "IPv4");
    refuses(() => encodeSockaddr({ family: "AF_INET6", addr: "::1" } as never, "linux-x64"), "INVALID_VALUE", "addr", "address, port, flowinfo, scopeId");
    refuses(() => encodeSockaddr({ family: "AF_UNIX", abstract: "x" }, "darwin-arm64"), "INVALID_VALUE", "Linux's");
    refuses(() => encodeSockaddr({ family: "AF_UNIX", path: "x".repeat(108) }, "linux-x64"), "INVALID_VALUE", "holds 107");
    refuses(() => encodeSockaddr({ family: "AF_UNIX", path: "x".repeat(104) }, "darwin-arm64"), "INVALID_VALUE", "holds 103");
    refuses(() => encodeSockaddr({ family: "AF_UNIX", path: "/a", abstract: "b" }, "linux-x64"), "INVALID_VALUE", "exactly one");
  });
  it("control messages", () => {
    refuses(() => encodeControlMessages([{ level: "SOL_SOCKET", type: "SCM_CREDENTIALS", data: new Uint8Array(12) }], "darwin-arm64"), "INVALID_VALUE", "type", "does not define SCM_CREDENTIALS");
    refuses(() => encodeControlMessages([{ level: 1, type: 1, data: [1] as never }], "linux-x64"), "INVALID_VALUE", "control message 0 data", "Uint8Array");
  });
});

describe("buffers too short: BUFFER_TOO_SHORT saying how long they must be", () => {
  it("options", () => {
    refuses(() => decodeOption("SO_LINGER", new Uint8Array(4), "linux-x64"), "BUFFER_TOO_SHORT", "at least 8 bytes", "has 4");
    refuses(() => decodeOption("TCP_KEEPIDLE", new Uint8Array(2), "linux-x64"), "BUFFER_TOO_SHORT", "at least 4 bytes");
    refuses(() => decodeStruct("tcp_info", new Uint8Array(100), "freebsd-x64"), "BUFFER_TOO_SHORT", "at least 240 bytes");
  });
  it("socket addresses", () => {
    refuses(() => decodeSockaddr(new Uint8Array(1), "linux-x64"), "BUFFER_TOO_SHORT", "family", "at least 2 bytes");
    refuses(() => decodeSockaddr(encodeSockaddr({ family: "AF_INET6" }, "linux-x64").subarray(0, 24), "linux-x64"), "BUFFER_TOO_SHORT", "AF_INET6", "at least 28 bytes");
  });
});

describe("control buffers that do not parse: MALFORMED naming the offset", () => {
  const two = encodeControlMessages([{ level: 1, type: 1, data: new Uint8Array(4) }, { level: 1, type: 2, data: new Uint8Array(4) }], "linux-x64");
  it("a header cut short", () => {
    refuses(() => controlMessages(two.subarray(0, 30), "linux-x64"), "MALFORMED", "offset 24", "16 bytes");
  });
  it("a length beyond the buffer", () => {
    refuses(() => controlMessages(two.subarray(0, 24 + 18), "linux-x64"), "MALFORMED", "offset 24", "cmsg_len 20", "18 bytes remain");
  });
  it("a length shorter than the header", () => {
    const bad = two.slice();
    bad[24] = 8;
    refuses(() => controlMessages(bad, "linux-x64"), "MALFORMED", "offset 24", "cmsg_len 8");
  });
});
