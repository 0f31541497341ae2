// The codec against the running kernel, through a real FFI (koffi): bytes encodeOption, encodeSockaddr and
// encodeControlMessages make are what setsockopt, bind and sendmsg accept, and what getsockopt,
// getsockname and recvmsg fill decodes back to the same values.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  controlMessages,
  decodeOption,
  decodeSockaddr,
  decodeStruct,
  encodeControlMessages,
  encodeOption,
  encodeSockaddr,
  encodeStruct,
} from "../../src/codec/index.js";
import { lookup } from "../../src/index.js";
import { bindTo, close, getsockname, getsockopt, ids, onLinuxX64, recvmsg, sendmsg, setsockopt, socket, socketpair } from "./libc.js";
import { survey } from "./survey.js";

const platform = "linux-x64";
const v = (name: string) => lookup(name, platform)!;
const opened: number[] = [];
const open = (family: string, type: string) => {
  const fd = socket(v(family), v(type));
  opened.push(fd);
  return fd;
};
afterEach(() => opened.splice(0).forEach(close));

/** Sets an option from its encoded value and reads it back decoded. */
function roundTrip(fd: number, level: string, name: string, value: unknown): unknown {
  setsockopt(fd, v(level), v(name), encodeOption(name, value, platform));
  return decodeOption(name, getsockopt(fd, v(level), v(name)), platform);
}

describe.runIf(onLinuxX64)("options through setsockopt and getsockopt", () => {
  it("SO_LINGER", () => {
    const fd = open("AF_INET", "SOCK_STREAM");
    expect(roundTrip(fd, "SOL_SOCKET", "SO_LINGER", { onoff: true, linger: 7 })).toEqual({ onoff: true, linger: 7 });
    expect(roundTrip(fd, "SOL_SOCKET", "SO_LINGER", { onoff: true, linger: 0 })).toEqual({ onoff: true, linger: 0 });
    // Linux keeps the time when lingering is switched off.
    expect(roundTrip(fd, "SOL_SOCKET", "SO_LINGER", { onoff: false, linger: 9 })).toEqual({ onoff: false, linger: 0 });
  });

  it("SO_RCVTIMEO, as seconds and microseconds or as milliseconds", () => {
    const fd = open("AF_INET", "SOCK_STREAM");
    expect(roundTrip(fd, "SOL_SOCKET", "SO_RCVTIMEO", { seconds: 2, microseconds: 500_000 })).toEqual({ seconds: 2, microseconds: 500_000 });
    expect(roundTrip(fd, "SOL_SOCKET", "SO_RCVTIMEO", { milliseconds: 1500 })).toEqual({ seconds: 1, microseconds: 500_000 });
  });

  it("TCP_KEEPIDLE", () => {
    const fd = open("AF_INET", "SOCK_STREAM");
    expect(roundTrip(fd, "IPPROTO_TCP", "TCP_KEEPIDLE", 75)).toBe(75);
    expect(roundTrip(fd, "IPPROTO_TCP", "TCP_KEEPIDLE", { seconds: 30 })).toBe(30);
  });

  it("IP_MULTICAST_TTL", () => {
    const fd = open("AF_INET", "SOCK_DGRAM");
    expect(roundTrip(fd, "IPPROTO_IP", "IP_MULTICAST_TTL", 17)).toBe(17);
  });

  it("IPV6_V6ONLY", () => {
    const fd = open("AF_INET6", "SOCK_DGRAM");
    expect(roundTrip(fd, "IPPROTO_IPV6", "IPV6_V6ONLY", true)).toBe(true);
    expect(roundTrip(fd, "IPPROTO_IPV6", "IPV6_V6ONLY", 0)).toBe(false);
  });

  it("TCP_CONGESTION, a string", () => {
    const fd = open("AF_INET", "SOCK_STREAM");
    expect(roundTrip(fd, "IPPROTO_TCP", "TCP_CONGESTION", "reno")).toBe("reno");
  });
});

describe.runIf(onLinuxX64)("addresses through bind and getsockname", () => {
  it("AF_INET6 on ::1, port 0: the kernel picks a port", () => {
    const fd = open("AF_INET6", "SOCK_STREAM");
    bindTo(fd, encodeSockaddr({ family: "AF_INET6", address: "::1", port: 0 }, platform));
    const bound = decodeSockaddr(getsockname(fd), platform);
    expect(bound).toEqual({ family: "AF_INET6", address: "::1", port: expect.any(Number), flowinfo: 0, scopeId: 0 });
    expect((bound as { port: number }).port).toBeGreaterThan(0);
  });

  it("AF_INET on 127.0.0.1", () => {
    const fd = open("AF_INET", "SOCK_DGRAM");
    bindTo(fd, encodeSockaddr({ family: "AF_INET", address: "127.0.0.1" }, platform));
    expect(decodeSockaddr(getsockname(fd), platform)).toEqual({ family: "AF_INET", address: "127.0.0.1", port: expect.any(Number) });
  });

  it("AF_UNIX on a path", () => {
    const dir = mkdtempSync(join(tmpdir(), "sockconst-codec-"));
    try {
      const path = join(dir, "socket");
      const fd = open("AF_UNIX", "SOCK_STREAM");
      const address = encodeSockaddr({ family: "AF_UNIX", path }, platform);
      bindTo(fd, address);
      const bound = getsockname(fd);
      expect(decodeSockaddr(bound, platform)).toEqual({ family: "AF_UNIX", path });
      expect(bound.length).toBe(address.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("AF_UNIX on an abstract name: the kernel's addrlen counts the leading NUL and the name's bytes", () => {
    const name = `sockconst-codec-${process.pid}-${Date.now()}`;
    const fd = open("AF_UNIX", "SOCK_STREAM");
    const address = encodeSockaddr({ family: "AF_UNIX", abstract: name }, platform);
    bindTo(fd, address);
    const bound = getsockname(fd);
    expect(bound.length).toBe(2 + 1 + name.length);
    expect(decodeSockaddr(bound, platform)).toEqual({ family: "AF_UNIX", abstract: name });
  });
});

describe.runIf(onLinuxX64)("control messages through sendmsg and recvmsg", () => {
  it("SCM_RIGHTS and SCM_CREDENTIALS over a socketpair", () => {
    const [a, b] = socketpair(v("AF_UNIX"), v("SOCK_STREAM"));
    opened.push(a, b);
    setsockopt(b, v("SOL_SOCKET"), v("SO_PASSCRED"), encodeOption("SO_PASSCRED", true, platform));
    // The descriptor passed: a UDP socket bound to a port, recognisable on the other side by that port.
    const passed = open("AF_INET", "SOCK_DGRAM");
    bindTo(passed, encodeSockaddr({ family: "AF_INET", address: "127.0.0.1" }, platform));
    const me = ids();
    const fdBytes = new Uint8Array(new Int32Array([passed]).buffer);
    const control = encodeControlMessages(
      [
        { level: "SOL_SOCKET", type: "SCM_RIGHTS", data: fdBytes },
        { level: "SOL_SOCKET", type: "SCM_CREDENTIALS", data: encodeStruct("ucred", me, platform) },
      ],
      platform,
    );
    expect(sendmsg(a, new Uint8Array([42]), control)).toBe(1);

    const got = recvmsg(b, 16, 256);
    expect(got.data).toEqual(new Uint8Array([42]));
    expect(got.flags & v("MSG_CTRUNC")).toBe(0);
    const messages = controlMessages(got.control, platform);
    const byType = new Map(messages.map((m) => [m.type, m]));
    expect(messages.map((m) => m.level)).toEqual(messages.map(() => v("SOL_SOCKET")));
    expect(decodeStruct("ucred", byType.get(v("SCM_CREDENTIALS"))!.data, platform)).toEqual(me);
    const rights = byType.get(v("SCM_RIGHTS"))!.data;
    expect(rights.length).toBe(4);
    const received = new DataView(rights.buffer, rights.byteOffset).getInt32(0, true);
    opened.push(received);
    expect(received).not.toBe(passed);
    expect(decodeSockaddr(getsockname(received), platform)).toEqual(decodeSockaddr(getsockname(passed), platform));
    // The kernel pads each message as CMSG_SPACE does: re-encoding what came back gives the same bytes.
    expect(encodeControlMessages(messages, platform)).toEqual(got.control);
  });
});

describe.runIf(onLinuxX64)("every readable fixed-size option: the length getsockopt returns is the declared size", () => {
  it("for at least 150 options, and none differs", () => {
    const s = survey();
    console.log(
      [
        `getsockopt lengths equal to the declared size: ${s.equal.length}`,
        `rejected by this kernel (ENOPROTOOPT/EOPNOTSUPP): ${s.rejected.length}\n  ${s.rejected.join("\n  ")}`,
        `no socket of the level on this host: ${s.noSocket.length}\n  ${s.noSocket.join("\n  ")}`,
        `needing state a test cannot make: ${s.failed.join("; ")}`,
      ].join("\n"),
    );
    expect(s.differ).toEqual([]);
    // Only a connection that netfilter redirected has an original destination (ENOENT otherwise).
    expect(s.failed).toEqual([expect.stringMatching(/^SO_ORIGINAL_DST: .*ENOENT/)]);
    expect(s.equal.length).toBeGreaterThanOrEqual(150);
  });
});
