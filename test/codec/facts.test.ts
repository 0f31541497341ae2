// The codec's bytes against facts stated outside this project's tables: the platforms' documented struct
// layouts (RFC 3493, ip(7), unix(7), 4.4BSD's sin_len), well-known CMSG arithmetic, RFC 5952's text forms.
import { describe, expect, it } from "vitest";
import {
  controlMessages,
  decodeOption,
  decodeSockaddr,
  encodeControlMessages,
  encodeOption,
  encodeSockaddr,
  optionType,
} from "../../src/codec/index.js";

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, "0")).join(" ");
const zeros = (n: number) => Array(n).fill("00").join(" ");

describe("sockaddr_in for 127.0.0.1:80", () => {
  const address = { family: "AF_INET", address: "127.0.0.1", port: 80 } as const;
  it("Linux: a 2-byte family in host order, then port and address in network order, then 8 zeros", () => {
    expect(hex(encodeSockaddr(address, "linux-x64"))).toBe(`02 00 00 50 7f 00 00 01 ${zeros(8)}`);
  });
  it("big-endian Linux writes the family high byte first", () => {
    expect(hex(encodeSockaddr(address, "linux-s390x"))).toBe(`00 02 00 50 7f 00 00 01 ${zeros(8)}`);
    expect(hex(encodeSockaddr(address, "linux-sparc64"))).toBe(`00 02 00 50 7f 00 00 01 ${zeros(8)}`);
  });
  it("macOS and FreeBSD: sin_len 16, then a 1-byte family", () => {
    expect(hex(encodeSockaddr(address, "darwin-arm64"))).toBe(`10 02 00 50 7f 00 00 01 ${zeros(8)}`);
    expect(hex(encodeSockaddr(address, "freebsd-x64"))).toBe(`10 02 00 50 7f 00 00 01 ${zeros(8)}`);
  });
  it("Windows: as Linux", () => {
    expect(hex(encodeSockaddr(address, "win32-x64"))).toBe(`02 00 00 50 7f 00 00 01 ${zeros(8)}`);
  });
});

describe("sockaddr_in6 for [::1]:443 (RFC 3493 §3.3: 28 bytes)", () => {
  const address = { family: "AF_INET6", address: "::1", port: 443, flowinfo: 0x12345, scopeId: 2 } as const;
  it("Linux: family 10, flow label in network order, scope id in host order", () => {
    expect(hex(encodeSockaddr(address, "linux-x64"))).toBe(`0a 00 01 bb 00 01 23 45 ${zeros(15)} 01 02 00 00 00`);
  });
  it("macOS: sin6_len 28 and family 30; Windows: family 23", () => {
    expect(hex(encodeSockaddr(address, "darwin-x64")).slice(0, 11)).toBe("1c 1e 01 bb");
    expect(hex(encodeSockaddr(address, "win32-arm64")).slice(0, 11)).toBe("17 00 01 bb");
  });
  it("decodes what it encodes", () => {
    for (const p of ["linux-x64", "linux-s390x", "darwin-arm64", "freebsd-arm64", "win32-ia32"] as const) {
      expect(decodeSockaddr(encodeSockaddr(address, p), p)).toEqual({ ...address, address: "::1" });
    }
  });
});

describe("sockaddr_un (unix(7); 4.4BSD)", () => {
  it("a path: its length is the path's offset, its bytes and the NUL", () => {
    const bytes = encodeSockaddr({ family: "AF_UNIX", path: "/tmp/s" }, "linux-x64");
    expect(hex(bytes)).toBe("01 00 2f 74 6d 70 2f 73 00");
    expect(hex(encodeSockaddr({ family: "AF_UNIX", path: "/tmp/s" }, "darwin-arm64"))).toBe("09 01 2f 74 6d 70 2f 73 00");
  });
  it("a Linux abstract name: a leading NUL, and no NUL after the name", () => {
    const bytes = encodeSockaddr({ family: "AF_UNIX", abstract: "ab" }, "linux-arm64");
    expect(hex(bytes)).toBe("01 00 00 61 62");
    expect(decodeSockaddr(bytes, "linux-arm64")).toEqual({ family: "AF_UNIX", abstract: "ab" });
  });
  it("an unnamed socket (addrlen = the family alone) has the empty path", () => {
    expect(decodeSockaddr(new Uint8Array([1, 0]), "linux-x64")).toEqual({ family: "AF_UNIX", path: "" });
  });
});

describe("IPv6 text (RFC 5952 §4)", () => {
  const roundTrip = (text: string) => (decodeSockaddr(encodeSockaddr({ family: "AF_INET6", address: text }, "linux-x64"), "linux-x64") as { address: string }).address;
  it.each([
    ["2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"],
    ["2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"],
    ["2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"],
    ["2001:DB8::AB", "2001:db8::ab"],
    ["::", "::"],
    ["::ffff:192.0.2.1", "::ffff:192.0.2.1"],
    ["ff02::1", "ff02::1"],
  ])("%s → %s", (text, canonical) => expect(roundTrip(text)).toBe(canonical));
});

describe("option values", () => {
  it("an int in the platform's byte order", () => {
    expect(hex(encodeOption("TCP_KEEPIDLE", 60, "linux-x64"))).toBe("3c 00 00 00");
    expect(hex(encodeOption("TCP_KEEPIDLE", 60, "linux-s390x"))).toBe("00 00 00 3c");
    expect(decodeOption("TCP_KEEPIDLE", new Uint8Array([0, 0, 0, 0x3c]), "linux-sparc64")).toBe(60);
  });
  it("a bool as 1 or 0", () => {
    expect(hex(encodeOption("SO_KEEPALIVE", true, "linux-x64"))).toBe("01 00 00 00");
    expect(hex(encodeOption("SO_KEEPALIVE", 0, "darwin-arm64"))).toBe("00 00 00 00");
    expect(decodeOption("SO_KEEPALIVE", new Uint8Array([2, 0, 0, 0]), "linux-x64")).toBe(true);
  });
  it("linger: two ints on POSIX systems, two u_shorts on Windows", () => {
    expect(hex(encodeOption("SO_LINGER", { onoff: true, linger: 5 }, "linux-x64"))).toBe("01 00 00 00 05 00 00 00");
    expect(hex(encodeOption("SO_LINGER", { onoff: true, linger: 5 }, "win32-x64"))).toBe("01 00 05 00");
    expect(optionType("SO_LINGER", "darwin-arm64").unit).toBe("ticks");
    expect(optionType("SO_LINGER_SEC", "darwin-arm64").unit).toBe("seconds");
  });
  it("timeval: 16 bytes on 64-bit targets and with 64-bit time_t, 8 on 32-bit ones", () => {
    expect(optionType("SO_RCVTIMEO", "linux-x64").size).toBe(16);
    expect(optionType("SO_RCVTIMEO", "linux-arm").size).toBe(8);
    expect(optionType("SO_RCVTIMEO", "linux-arm-time64").size).toBe(16);
    expect(hex(encodeOption("SO_RCVTIMEO", { seconds: 1, microseconds: 2 }, "linux-ia32"))).toBe("01 00 00 00 02 00 00 00");
  });
  it("Windows' SO_RCVTIMEO: a DWORD of milliseconds", () => {
    expect(hex(encodeOption("SO_RCVTIMEO", 1500, "win32-x64"))).toBe("dc 05 00 00");
    expect(hex(encodeOption("SO_RCVTIMEO", { milliseconds: 1500 }, "win32-x64"))).toBe("dc 05 00 00");
  });
  it("multicast requests: addresses in network order, interface indexes in host order", () => {
    expect(hex(encodeOption("IP_ADD_MEMBERSHIP", { multiaddr: "224.0.0.1", interface: "192.0.2.1" }, "darwin-arm64"))).toBe("e0 00 00 01 c0 00 02 01");
    expect(hex(encodeOption("IP_ADD_MEMBERSHIP", { multiaddr: "224.0.0.1", ifindex: 3 }, "linux-x64"))).toBe("e0 00 00 01 00 00 00 00 03 00 00 00");
    expect(hex(encodeOption("IPV6_JOIN_GROUP", { multiaddr: "ff02::1", interface: 2 }, "linux-x64"))).toBe(`ff 02 ${zeros(13)} 01 02 00 00 00`);
    const group = encodeOption("MCAST_JOIN_GROUP", { interface: 2, group: { family: "AF_INET", address: "224.0.0.251" } }, "linux-x64");
    expect(group.length).toBe(136);
    expect(hex(group.subarray(0, 16))).toBe("02 00 00 00 00 00 00 00 02 00 00 00 e0 00 00 fb");
  });
  it("a string with its NUL", () => {
    expect(hex(encodeOption("SO_BINDTODEVICE", "lo", "linux-x64"))).toBe("6c 6f 00");
    expect(decodeOption("TCP_CONGESTION", new Uint8Array([0x72, 0x65, 0x6e, 0x6f, 0, 0, 0]), "linux-x64")).toBe("reno");
  });
  it("a struct by field names, 64-bit fields as bigints and bit-fields in place", () => {
    const info = new Uint8Array(optionType("TCP_INFO", "linux-x64").size!);
    info[0] = 1; // tcpi_state: TCP_ESTABLISHED
    info[6] = 0x97; // tcpi_snd_wscale 7 (low nibble), tcpi_rcv_wscale 9 (high nibble) on little-endian
    info[120] = 5; // tcpi_bytes_acked
    expect(decodeOption("TCP_INFO", info, "linux-x64")).toMatchObject({ tcpi_state: 1, tcpi_snd_wscale: 7, tcpi_rcv_wscale: 9, tcpi_bytes_acked: 5n });
  });
});

describe("control messages (CMSG_LEN and CMSG_SPACE as each C library computes them)", () => {
  const one = [{ level: 1, type: 1, data: new Uint8Array([1, 2, 3, 4]) }];
  it("x86-64 glibc: CMSG_LEN(4) = 20, CMSG_SPACE(4) = 24", () => {
    const bytes = encodeControlMessages(one, "linux-x64");
    expect(bytes.length).toBe(24);
    expect(hex(bytes.subarray(0, 20))).toBe("14 00 00 00 00 00 00 00 01 00 00 00 01 00 00 00 01 02 03 04");
  });
  it("i386: CMSG_LEN(4) = CMSG_SPACE(4) = 16; macOS: a 12-byte header aligned to 4", () => {
    expect(encodeControlMessages(one, "linux-ia32").length).toBe(16);
    expect(hex(encodeControlMessages(one, "darwin-arm64"))).toBe("10 00 00 00 01 00 00 00 01 00 00 00 01 02 03 04");
  });
  it("walks messages at CMSG_SPACE steps", () => {
    for (const p of ["linux-x64", "linux-arm", "linux-s390x", "darwin-x64", "freebsd-x64", "win32-x64", "win32-ia32"] as const) {
      const messages = [...one, { level: 41, type: 50, data: new Uint8Array(20).fill(9) }, { level: 0, type: 2, data: new Uint8Array(1) }];
      expect([p, controlMessages(encodeControlMessages(messages, p), p)]).toEqual([p, messages]);
    }
  });
});
