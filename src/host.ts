/** What a runtime says about the machine, in its own words (Node's `process`, Deno's `Deno.build`). */
export interface HostFacts {
  readonly os: string;
  readonly arch: string;
  /** Only asked on Linux; undefined when the runtime cannot say. */
  readonly libc: "glibc" | "musl" | undefined;
}

const OS: Readonly<Record<string, string>> = {
  linux: "linux",
  darwin: "darwin",
  win32: "win32",
  windows: "win32", // Deno
  freebsd: "freebsd",
  openbsd: "openbsd",
  netbsd: "netbsd",
};

const ARCH: Readonly<Record<string, string>> = {
  x64: "x64",
  x86_64: "x64", // Deno
  arm64: "arm64",
  aarch64: "arm64", // Deno
  arm: "arm",
  ia32: "ia32",
  ppc64: "ppc64",
  s390x: "s390x",
  riscv64: "riscv64",
  loong64: "loong64",
  mips64el: "mips64el",
  mipsel: "mipsel",
  sparc64: "sparc64",
};

/**
 * The platform id these facts name, or undefined. Linux needs the C library: a musl process must not read
 * glibc's table (nor the reverse), so an unknown libc gives undefined rather than a guess.
 *
 * On 32-bit Linux the answer is the plain id (`linux-arm`, not `linux-arm-time64`): whether code uses 64-bit
 * time_t is decided when that code is compiled (_TIME_BITS=64), not by anything a running process can
 * report, so the `-time64` tables are only ever chosen by name.
 */
export function platformIdFor(facts: HostFacts): string | undefined {
  const os = Object.hasOwn(OS, facts.os) ? OS[facts.os] : undefined;
  const arch = Object.hasOwn(ARCH, facts.arch) ? ARCH[facts.arch] : undefined;
  if (os === undefined || arch === undefined) return undefined;
  if (os !== "linux") return `${os}-${arch}`;
  if (facts.libc === undefined) return undefined;
  return facts.libc === "musl" ? `linux-${arch}-musl` : `linux-${arch}`;
}

interface DenoLike {
  build?: { os?: unknown; arch?: unknown; env?: unknown };
}

interface ProcessLike {
  platform?: unknown;
  arch?: unknown;
  report?: { getReport?: () => unknown };
}

/**
 * Reads the host from whatever runtime globals exist, touching nothing that a browser or a sandbox might
 * lack without checking first. Deno is asked first because Deno 2 also defines a Node-style `process`.
 */
export function readHostFacts(scope: object = globalThis): HostFacts | undefined {
  try {
    const deno = (scope as { Deno?: DenoLike }).Deno;
    const build = deno?.build;
    if (build && typeof build.os === "string" && typeof build.arch === "string") {
      // Deno.build.env is the Rust target environment: "gnu" or "musl".
      const libc = build.env === "musl" ? "musl" : build.env === "gnu" ? "glibc" : undefined;
      return { os: build.os, arch: build.arch, libc };
    }
    const process = (scope as { process?: ProcessLike }).process;
    if (process && typeof process.platform === "string" && typeof process.arch === "string") {
      const libc = process.platform === "linux" ? libcOf(process) : undefined;
      return { os: process.platform, arch: process.arch, libc };
    }
  } catch {
    // A locked-down global (a getter that throws) means we cannot tell, not that the caller failed.
  }
  return undefined;
}

/**
 * Node and Bun put the glibc version in the diagnostic report's header and leave it out on musl. The report
 * costs a few milliseconds, which is why the result is computed once (see hostPlatform).
 */
function libcOf(process: ProcessLike): "glibc" | "musl" | undefined {
  const getReport = process.report?.getReport;
  if (typeof getReport !== "function") return undefined;
  const report = getReport.call(process.report) as { header?: { glibcVersionRuntime?: unknown } } | undefined;
  const header = report?.header;
  if (header === undefined || header === null || typeof header !== "object") return undefined;
  return typeof header.glibcVersionRuntime === "string" ? "glibc" : "musl";
}
