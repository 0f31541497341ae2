import { execFileSync } from "node:child_process";

/**
 * Values this machine's Python was compiled with (its `socket` module reads the host's C headers): evidence
 * for the host platform's table that does not come from the catalog. Undefined when python3 is missing.
 */
export function pythonSocketConstants(): Record<string, number> | undefined {
  try {
    const out = execFileSync(
      "python3",
      [
        "-c",
        "import json, socket\n" +
          "print(json.dumps({n: int(v) for n, v in vars(socket).items() if n.isupper() and not n.startswith('_') and isinstance(v, int) and not isinstance(v, bool)}))",
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    );
    return JSON.parse(out) as Record<string, number>;
  } catch {
    return undefined;
  }
}

/**
 * Values stated by the platforms' own public headers, written down here by hand (not read from the catalog)
 * so a wrong harvest fails: Apple's <sys/socket.h> and <netinet/tcp.h>, the Windows SDK's <ws2def.h>,
 * <ws2ipdef.h> and <winsock2.h>, and the Linux kernel's arch/<arch>/include/uapi/asm/socket.h, which is where
 * MIPS, SPARC and POWER depart from asm-generic.
 */
export const headerFacts: readonly { platforms: readonly string[]; values: Readonly<Record<string, number>> }[] = [
  {
    platforms: ["darwin-x64", "darwin-arm64"],
    values: { AF_INET6: 30, TCP_KEEPALIVE: 0x10, SOL_SOCKET: 0xffff, SO_REUSEADDR: 4, MSG_DONTWAIT: 0x80, MSG_PEEK: 2 },
  },
  {
    platforms: ["win32-x64", "win32-arm64", "win32-ia32"],
    values: {
      AF_INET6: 23,
      SOL_SOCKET: 0xffff,
      SO_REUSEADDR: 4,
      SO_EXCLUSIVEADDRUSE: -5,
      TCP_KEEPIDLE: 3,
      MSG_PEEK: 2,
    },
  },
  {
    platforms: ["linux-mips64el", "linux-mipsel", "linux-mipsel-time64"],
    values: { SOCK_STREAM: 2, SOCK_DGRAM: 1, SOL_SOCKET: 0xffff, SO_REUSEADDR: 4 },
  },
  { platforms: ["linux-sparc64"], values: { SOL_SOCKET: 0xffff, SO_REUSEADDR: 4, SOCK_STREAM: 1 } },
  { platforms: ["linux-ppc64"], values: { SO_RCVLOWAT: 16, SO_PASSCRED: 20, SOL_SOCKET: 1 } },
  {
    platforms: ["linux-x64", "linux-x64-musl", "linux-arm64", "linux-arm64-musl", "linux-riscv64", "linux-s390x"],
    values: { SO_RCVLOWAT: 18, SO_PASSCRED: 16, SOL_SOCKET: 1, TCP_KEEPIDLE: 4, AF_INET6: 10, MSG_DONTWAIT: 0x40 },
  },
  // 32-bit time_t uses the _OLD timeout options; the time64 variants the _NEW ones (asm-generic/socket.h).
  { platforms: ["linux-arm", "linux-ia32"], values: { SO_RCVTIMEO: 20, SO_SNDTIMEO: 21 } },
  { platforms: ["linux-arm-time64", "linux-ia32-time64"], values: { SO_RCVTIMEO: 66, SO_SNDTIMEO: 67 } },
  { platforms: ["linux-x64", "linux-arm64"], values: { SO_RCVTIMEO: 20, SO_SNDTIMEO: 21 } },
];
