import { describe, expect, it } from "vitest";
import { loadStructs, loadTargets } from "../../scripts/lib/data.js";
import { readLayouts } from "../../scripts/layouts/committed.js";

const structs = loadStructs();
const targets = loadTargets();

describe("data/structs", () => {
  it("has the structs socket code needs on each OS (Go's x/sys/unix set and Windows' own)", () => {
    const wanted = {
      all: ["sockaddr", "sockaddr_in", "sockaddr_in6", "sockaddr_un", "sockaddr_storage", "linger", "timeval", "ip_mreq", "ipv6_mreq", "in6_pktinfo", "cmsghdr", "in_addr", "in6_addr"],
      linux: ["sockaddr_ll", "sockaddr_nl", "sockaddr_can", "sockaddr_alg", "sockaddr_vm", "sockaddr_xdp", "ip_mreqn", "ip_mreq_source", "group_req", "group_source_req", "in_pktinfo", "msghdr", "iovec", "ucred", "tcp_info", "packet_mreq", "icmp6_filter", "can_filter", "sock_extended_err"],
      darwin: ["sockaddr_dl", "xucred", "msghdr", "iovec"],
      freebsd: ["sockaddr_dl", "xucred", "tcp_info"],
      openbsd: ["sockaddr_dl", "sockpeercred", "tcp_info"],
      netbsd: ["sockaddr_dl", "unpcbid", "tcp_info"],
      win32: ["SOCKADDR_HV", "WSAMSG", "WSABUF"],
    };
    const listed = (os: string) => structs.filter((s) => os in s.headers).map((s) => s.name);
    for (const os of ["linux", "darwin", "win32", "freebsd", "openbsd", "netbsd"]) {
      expect([os, listed(os)]).toEqual([os, expect.arrayContaining([...wanted.all, ...wanted[os as keyof typeof wanted]])]);
    }
  });

  it("says a target lacks a header only for targets of an OS that lists the struct", () => {
    const wrong = structs.flatMap((s) =>
      Object.keys(s.lacking)
        .filter((id) => {
          const t = targets.find((x) => x.id === id);
          return !t || !(t.os in s.headers);
        })
        .map((id) => `${s.name}: ${id}`),
    );
    expect(wrong).toEqual([]);
  });

  it("matches the committed layouts: each target has every struct its OS lists, or says why not", () => {
    const gaps = targets.flatMap((t) => {
      const file = readLayouts(t.id);
      if (!file) return [];
      return structs
        .filter((s) => s.headers[t.os])
        .filter((s) => (s.name in file.structs) === (s.name in file.lacking))
        .map((s) => `${t.id}: ${s.name}`);
    });
    expect(gaps).toEqual([]);
  });
});
