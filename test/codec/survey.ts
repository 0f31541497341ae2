/**
 * For every linux-x64 option that getsockopt reads and whose value has a fixed size (an int, a bool, a
 * harvested struct), the length the running kernel returns, on a socket of the option's level: a fresh
 * socket first, then sockets in the state some options need (connected, a Unix pair, TCP repair mode).
 */
import { facts } from "../../generated/options.js";
import { encodeOption, encodeSockaddr, optionType } from "../../src/codec/index.js";
import { lookup } from "../../src/index.js";
import { accept, bindTo, close, connectTo, Errno, getsockname, getsockopt, listen, setsockopt, socket, socketpair } from "./libc.js";

const platform = "linux-x64";
const v = (name: string) => lookup(name, platform)!;
const loopback = (family: "AF_INET" | "AF_INET6", port = 0) =>
  encodeSockaddr({ family, address: family === "AF_INET" ? "127.0.0.1" : "::1", port }, platform);

/** A socket to read options on, made as `open` says; `fds` are closed afterwards. */
interface Kind {
  readonly label: string;
  open(): { fd: number; fds: number[] };
}

const plain = (family: string, type: string, protocol?: string): Kind => ({
  label: `${family} ${type}${protocol ? ` ${protocol}` : ""}`,
  open: () => {
    const fd = socket(v(family), v(type), protocol === undefined ? 0 : v(protocol));
    return { fd, fds: [fd] };
  },
});

/** A UDP socket connected to loopback: the path MTU options need a destination. */
const connectedUdp = (family: "AF_INET" | "AF_INET6"): Kind => ({
  label: `${family} SOCK_DGRAM connected`,
  open: () => {
    const fd = socket(v(family), v("SOCK_DGRAM"));
    connectTo(fd, loopback(family, 9));
    return { fd, fds: [fd] };
  },
});

/** An established loopback TCP connection, with the TLS upper-layer protocol where asked. */
const connectedTcp = (tls: boolean): Kind => ({
  label: `AF_INET SOCK_STREAM connected${tls ? " with TCP_ULP tls" : ""}`,
  open: () => {
    const server = socket(v("AF_INET"), v("SOCK_STREAM"));
    bindTo(server, loopback("AF_INET"));
    listen(server);
    const fd = socket(v("AF_INET"), v("SOCK_STREAM"));
    const fds = [server, fd];
    try {
      connectTo(fd, getsockname(server));
      fds.push(accept(server));
      if (tls) setsockopt(fd, v("IPPROTO_TCP"), v("TCP_ULP"), encodeOption("TCP_ULP", "tls", platform));
    } catch (e) {
      fds.forEach(close);
      throw e;
    }
    return { fd, fds };
  },
});

const unixPair: Kind = {
  label: "AF_UNIX SOCK_STREAM socketpair",
  open: () => {
    const fds = socketpair(v("AF_UNIX"), v("SOCK_STREAM"));
    return { fd: fds[0], fds };
  },
};

/** TCP repair mode (root) on the receive queue: what TCP_QUEUE_SEQ and TCP_REPAIR_QUEUE read. */
const tcpRepair: Kind = {
  label: "AF_INET SOCK_STREAM in repair mode",
  open: () => {
    const fd = socket(v("AF_INET"), v("SOCK_STREAM"));
    try {
      setsockopt(fd, v("IPPROTO_TCP"), v("TCP_REPAIR"), encodeOption("TCP_REPAIR", 1, platform));
      setsockopt(fd, v("IPPROTO_TCP"), v("TCP_REPAIR_QUEUE"), encodeOption("TCP_REPAIR_QUEUE", v("TCP_RECV_QUEUE"), platform));
    } catch (e) {
      close(fd);
      throw e;
    }
    return { fd, fds: [fd] };
  },
};

const socketsFor: Readonly<Record<string, readonly Kind[]>> = {
  SOL_SOCKET: [plain("AF_INET", "SOCK_STREAM"), plain("AF_INET", "SOCK_DGRAM"), unixPair, plain("AF_PACKET", "SOCK_RAW")],
  IPPROTO_IP: [plain("AF_INET", "SOCK_DGRAM"), plain("AF_INET", "SOCK_STREAM"), plain("AF_INET", "SOCK_RAW", "IPPROTO_RAW"), connectedUdp("AF_INET")],
  IPPROTO_IPV6: [plain("AF_INET6", "SOCK_DGRAM"), plain("AF_INET6", "SOCK_STREAM"), plain("AF_INET6", "SOCK_RAW", "IPPROTO_RAW"), connectedUdp("AF_INET6")],
  IPPROTO_TCP: [plain("AF_INET", "SOCK_STREAM"), tcpRepair],
  IPPROTO_UDP: [plain("AF_INET", "SOCK_DGRAM")],
  SOL_PACKET: [plain("AF_PACKET", "SOCK_RAW")],
  SOL_NETLINK: [plain("AF_NETLINK", "SOCK_RAW")],
  SOL_ICMPV6: [plain("AF_INET6", "SOCK_RAW", "IPPROTO_ICMPV6")],
  IPPROTO_SCTP: [plain("AF_INET", "SOCK_STREAM", "IPPROTO_SCTP")],
  AF_VSOCK: [plain("AF_VSOCK", "SOCK_STREAM")],
  SOL_CAN_RAW: [plain("AF_CAN", "SOCK_RAW", "CAN_RAW")],
  SOL_TLS: [connectedTcp(true)],
};

export interface Survey {
  /** Options whose returned length equals the declared size. */
  equal: string[];
  /** `NAME: declared N, kernel M` for each that differs. */
  differ: string[];
  /** `NAME: ERRNO` for each the kernel rejected with ENOPROTOOPT or EOPNOTSUPP on every socket tried. */
  rejected: string[];
  /** `NAME: why` for each whose level has no socket this host can open. */
  noSocket: string[];
  /** `NAME: ERRNO` for any other failure. */
  failed: string[];
}

const unsupported = new Set(["ENOPROTOOPT", "EOPNOTSUPP"]);

export function survey(): Survey {
  const out: Survey = { equal: [], differ: [], rejected: [], noSocket: [], failed: [] };
  const opened = new Map<Kind, number | Errno>();
  const toClose: number[] = [];
  const fdFor = (kind: Kind) => {
    if (!opened.has(kind)) {
      try {
        const { fd, fds } = kind.open();
        toClose.push(...fds);
        opened.set(kind, fd);
      } catch (e) {
        if (!(e instanceof Errno)) throw e;
        opened.set(kind, e);
      }
    }
    return opened.get(kind)!;
  };
  try {
    for (const [name, r] of Object.entries(facts.records.linux!)) {
      if (!r.roles.includes("option") || (r.access !== "get" && r.access !== "get-set") || r.type === undefined) continue;
      const size = optionSize(name);
      if (size === undefined) continue;
      const level = r.levels![0]!;
      const errors: string[] = [];
      let read: number | undefined;
      for (const kind of socketsFor[level] ?? []) {
        const fd = fdFor(kind);
        if (fd instanceof Errno) {
          errors.push(`no ${kind.label} socket (${fd.errnoName})`);
          continue;
        }
        read = readLength(fd, v(level), v(name), size, errors);
        if (read !== undefined) break;
      }
      if (read !== undefined) {
        if (read === size) out.equal.push(name);
        else out.differ.push(`${name}: declared ${size}, kernel ${read}`);
        continue;
      }
      const why = `${name}: ${[...new Set(errors)].join(", ") || `no socket for level ${level} here`}`;
      const errnos = errors.filter((e) => !e.startsWith("no "));
      if (errnos.length > 0 && errnos.every((e) => unsupported.has(e))) out.rejected.push(why);
      else if (errnos.length === 0) out.noSocket.push(why);
      else out.failed.push(why);
    }
  } finally {
    toClose.forEach(close);
  }
  return out;
}

/**
 * The length getsockopt returns with room to spare; some options accept only their exact size (EINVAL
 * otherwise: SO_NETNS_COOKIE), so EINVAL is answered by asking again with exactly the declared size.
 */
function readLength(fd: number, level: number, name: number, size: number, errors: string[]): number | undefined {
  for (const room of [512, size]) {
    try {
      return getsockopt(fd, level, name, room).length;
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      errors.push(e.errnoName);
      if (e.errnoName !== "EINVAL") return undefined;
    }
  }
  return undefined;
}

/** The declared size of an option's value, or undefined when it is not fixed (or no layout gives it). */
function optionSize(name: string): number | undefined {
  try {
    return optionType(name, platform).size;
  } catch {
    return undefined;
  }
}
