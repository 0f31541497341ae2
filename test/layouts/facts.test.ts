import { describe, expect, it } from "vitest";
import { loadTargets } from "../../scripts/lib/data.js";
import { readLayouts } from "../../scripts/layouts/committed.js";
import type { LayoutStruct } from "../../scripts/schema/layout.js";
import type { Target } from "../../scripts/schema/target.js";

/**
 * Facts the platforms' own documentation states, none taken from our tables: if the harvest is right,
 * they hold. Each group names the document.
 */
const targets = loadTargets().flatMap((t) => {
  const file = readLayouts(t.id);
  return file ? [{ t, structs: file.structs }] : [];
});
const bsdLike = (t: Target) => ["darwin", "freebsd", "openbsd", "netbsd"].includes(t.os);
const bits64 = (t: Target) => ["x64", "arm64", "ppc64", "s390x", "riscv64", "loong64", "mips64el", "sparc64"].includes(t.arch);
const field = (s: LayoutStruct | undefined, name: string) => s?.fields.find((f) => f.name === name);
/** [target, what is checked, the number] for every target that has the struct. */
const each = <T>(struct: string, pick: (s: LayoutStruct, t: Target) => T): [string, T][] =>
  targets.flatMap(({ t, structs }) => (structs[struct] ? [[t.id, pick(structs[struct]!, t)] as [string, T]] : []));

describe("layouts agree with the platforms' documentation", () => {
  it("covers the targets whose headers are at hand", () => {
    expect(targets.length).toBeGreaterThanOrEqual(21);
  });

  // RFC 3493 §3.2 and §3.3 (and Microsoft's IN6_ADDR and SOCKADDR_IN6 references): a 16-byte address;
  // family (or length and family) 2 bytes, port 2, flow label 4, address 16, scope id 4.
  it("in6_addr is 16 bytes and sockaddr_in6 28 everywhere", () => {
    for (const [id, size] of each("in6_addr", (s) => s.size)) expect([id, size]).toEqual([id, 16]);
    for (const [id, size] of each("sockaddr_in6", (s) => s.size)) expect([id, size]).toEqual([id, 28]);
    for (const [id, at] of each("sockaddr_in6", (s) => [field(s, "sin6_port")?.offset, field(s, "sin6_flowinfo")?.offset, field(s, "sin6_addr")?.offset])) {
      expect([id, at]).toEqual([id, [2, 4, 8]]);
    }
  });

  // Linux ip(7), the BSDs' and macOS's inet(4), Microsoft's SOCKADDR_IN reference: family, a 2-byte port,
  // a 4-byte address and 8 bytes of sin_zero padding; 4.4BSD splits the family into sin_len and sin_family.
  it("sockaddr_in is 16 bytes, with sin_len first on the BSDs and macOS", () => {
    for (const [id, size] of each("sockaddr_in", (s) => s.size)) expect([id, size]).toEqual([id, 16]);
    for (const [id, layout] of each("sockaddr_in", (s, t) => ({
      bsd: bsdLike(t),
      sin_len: field(s, "sin_len") && [field(s, "sin_len")!.offset, field(s, "sin_len")!.size],
      sin_family: [field(s, "sin_family")?.offset, field(s, "sin_family")?.size],
      sin_port: [field(s, "sin_port")?.offset, field(s, "sin_port")?.size],
      sin_addr: [field(s, "sin_addr")?.offset, field(s, "sin_addr")?.size],
    }))) {
      const expected = layout.bsd ? { sin_len: [0, 1], sin_family: [1, 1] } : { sin_len: undefined, sin_family: [0, 2] };
      expect([id, layout]).toEqual([id, { bsd: layout.bsd, ...expected, sin_port: [2, 2], sin_addr: [4, 4] }]);
    }
  });

  // RFC 3493 §3.10 and Microsoft's SOCKADDR_STORAGE reference: _SS_MAXSIZE is 128 ("implementation
  // specific"). OpenBSD's sys/socket.h pads its sockaddr_storage "to a total of 256 bytes" (__ss_pad3[240]).
  it("sockaddr_storage is 128 bytes (256 on OpenBSD) and in_addr 4", () => {
    for (const [id, size] of each("sockaddr_storage", (s) => s.size)) expect([id, size]).toEqual([id, id.startsWith("openbsd-") ? 256 : 128]);
    for (const [id, size] of each("in_addr", (s) => s.size)) expect([id, size]).toEqual([id, 4]);
  });

  // Linux unix(7): sa_family_t sun_family; char sun_path[108].
  it("Linux sockaddr_un is 110 bytes with a 108-byte path", () => {
    const linux = targets.filter(({ t }) => t.os === "linux");
    expect(linux.length).toBe(16);
    for (const { t, structs } of linux) {
      expect([t.id, structs.sockaddr_un?.size, field(structs.sockaddr_un, "sun_path")?.count]).toEqual([t.id, 110, 108]);
    }
  });

  // glibc's manual and Debian's time64 transition: time_t (and so timeval's tv_sec) is 64-bit on 64-bit
  // targets and where _TIME_BITS=64; 32-bit otherwise. Microsoft's TIMEVAL reference: two longs, 32-bit on Windows.
  it("timeval is 16 bytes on 64-bit and -time64 targets, 8 on 32-bit Linux and on Windows", () => {
    for (const { t, structs } of targets) {
      const expected = t.os === "win32" ? 8 : bits64(t) || t.id.endsWith("-time64") ? 16 : 8;
      expect([t.id, structs.timeval?.size]).toEqual([t.id, expected]);
    }
    const narrow = targets.filter(({ t }) => t.os === "linux" && structsSize(t.id, "timeval") === 8).map(({ t }) => t.id);
    expect(narrow.sort()).toEqual(["linux-arm", "linux-ia32", "linux-mipsel"]);
  });

  // Microsoft's LINGER reference: u_short l_onoff, u_short l_linger. Linux socket(7) and the BSDs'
  // getsockopt(2): int l_onoff, int l_linger.
  it("linger fields are 2 bytes each on Windows, 4 elsewhere", () => {
    for (const [id, sizes] of each("linger", (s, t) => [t.os === "win32", field(s, "l_onoff")?.size, field(s, "l_linger")?.size])) {
      const width = sizes[0] ? 2 : 4;
      expect([id, sizes]).toEqual([id, [sizes[0], width, width]]);
    }
  });

  // Linux netlink(7), packet(7) and unix(7): sockaddr_nl (family, pad, pid, groups), sockaddr_ll
  // (family, protocol, ifindex, hatype, pkttype, halen, addr[8]) and ucred (pid, uid, gid).
  it("Linux sockaddr_nl is 12 bytes, sockaddr_ll 20 with an 8-byte address, ucred 12", () => {
    for (const { t, structs } of targets.filter(({ t }) => t.os === "linux")) {
      expect([t.id, structs.sockaddr_nl?.size, structs.sockaddr_ll?.size, field(structs.sockaddr_ll, "sll_addr")?.count, structs.ucred?.size]).toEqual([
        t.id,
        12,
        20,
        8,
        12,
      ]);
    }
  });

  // The kernel's linux/tcp.h declares tcpi_snd_wscale and tcpi_rcv_wscale as 4-bit fields of one byte,
  // right after the six single-byte fields that open tcp_info.
  it("Linux tcp_info packs the window scales into byte 6, four bits each", () => {
    for (const { t, structs } of targets.filter(({ t }) => t.os === "linux")) {
      const bits = ["tcpi_snd_wscale", "tcpi_rcv_wscale"].map((n) => field(structs.tcp_info, n)?.bits);
      expect([t.id, bits]).toEqual([t.id, [{ offset: 48, width: 4 }, { offset: 52, width: 4 }]]);
    }
  });

  // Microsoft's SOCKADDR_HV reference: ADDRESS_FAMILY, USHORT, then two GUIDs (16 bytes each).
  // Microsoft's WSABUF reference: ULONG len, then a pointer.
  it("Windows SOCKADDR_HV is 36 bytes; WSABUF is a 4-byte length and a pointer", () => {
    for (const { t, structs } of targets.filter(({ t }) => t.os === "win32")) {
      const pointer = bits64(t) ? 8 : 4;
      expect([t.id, structs.SOCKADDR_HV?.size, field(structs.WSABUF, "len")?.size, field(structs.WSABUF, "buf")?.size]).toEqual([t.id, 36, 4, pointer]);
    }
  });
});

function structsSize(id: string, struct: string): number | undefined {
  return targets.find(({ t }) => t.id === id)?.structs[struct]?.size;
}
