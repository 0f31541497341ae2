/**
 * The C library's socket calls through koffi, a real FFI: what a program using sockconst/codec does. Every
 * call that fails throws an Errno carrying errno and its name, so a test can tell ENOPROTOOPT from a bug.
 */
import koffi from "koffi";
import { layoutOf } from "../../src/codec/index.js";

/** The kernel tests run where this process is a linux-x64 glibc program. */
export const onLinuxX64 = process.platform === "linux" && process.arch === "x64";

export class Errno extends Error {
  constructor(
    readonly call: string,
    readonly errno: number,
    readonly errnoName: string,
  ) {
    super(`${call} failed: ${errnoName} (${errno})`);
  }
}

const names = new Map(Object.entries(koffi.os.errno).map(([name, n]) => [n, name]));

function checked(call: string, result: number | bigint): number {
  if (Number(result) >= 0) return Number(result);
  const errno = koffi.errno();
  throw new Errno(call, errno, names.get(errno) ?? "E?");
}

let bound: ReturnType<typeof bind> | undefined;

function bind() {
  const libc = koffi.load("libc.so.6");
  return {
    socket: libc.func("int socket(int domain, int type, int protocol)"),
    socketpair: libc.func("int socketpair(int domain, int type, int protocol, _Out_ int *fds)"),
    setsockopt: libc.func("int setsockopt(int fd, int level, int name, const void *value, uint32_t length)"),
    getsockopt: libc.func("int getsockopt(int fd, int level, int name, _Out_ void *value, _Inout_ uint32_t *length)"),
    bind: libc.func("int bind(int fd, const void *address, uint32_t length)"),
    connect: libc.func("int connect(int fd, const void *address, uint32_t length)"),
    listen: libc.func("int listen(int fd, int backlog)"),
    accept: libc.func("int accept(int fd, void *address, void *length)"),
    getsockname: libc.func("int getsockname(int fd, _Out_ void *address, _Inout_ uint32_t *length)"),
    sendmsg: libc.func("intptr_t sendmsg(int fd, void *message, int flags)"),
    recvmsg: libc.func("intptr_t recvmsg(int fd, void *message, int flags)"),
    close: libc.func("int close(int fd)"),
    getpid: libc.func("int getpid()"),
    getuid: libc.func("uint32_t getuid()"),
    getgid: libc.func("uint32_t getgid()"),
  };
}

const c = () => (bound ??= bind());

export const socket = (domain: number, type: number, protocol = 0) => checked("socket", c().socket(domain, type, protocol));
export const close = (fd: number) => void c().close(fd);
export const ids = () => ({ pid: c().getpid() as number, uid: c().getuid() as number, gid: c().getgid() as number });

export function socketpair(domain: number, type: number): [number, number] {
  const fds = [0, 0];
  checked("socketpair", c().socketpair(domain, type, 0, fds));
  return [fds[0]!, fds[1]!];
}

export const setsockopt = (fd: number, level: number, name: number, value: Uint8Array) =>
  void checked("setsockopt", c().setsockopt(fd, level, name, value, value.length));

/** The option's bytes, cut to the length the kernel returned. */
export function getsockopt(fd: number, level: number, name: number, room = 512): Uint8Array {
  const value = new Uint8Array(room);
  const length = [room];
  checked("getsockopt", c().getsockopt(fd, level, name, value, length));
  return value.subarray(0, length[0]);
}

export const bindTo = (fd: number, address: Uint8Array) => void checked("bind", c().bind(fd, address, address.length));

export const connectTo = (fd: number, address: Uint8Array) => void checked("connect", c().connect(fd, address, address.length));
export const listen = (fd: number) => void checked("listen", c().listen(fd, 8));
export const accept = (fd: number) => checked("accept", c().accept(fd, null, null));

export function getsockname(fd: number): Uint8Array {
  const address = new Uint8Array(128);
  const length = [address.length];
  checked("getsockname", c().getsockname(fd, address, length));
  return address.subarray(0, length[0]);
}

/** Unmanaged memory holding `bytes` (or zeros), with its address: msghdr's pointers point at such blocks. */
function block(size: number, bytes?: Uint8Array) {
  const pointer = koffi.alloc("uint8_t", Math.max(size, 1));
  const view = new Uint8Array(koffi.view(pointer, Math.max(size, 1)));
  view.fill(0);
  if (bytes) view.set(bytes);
  return { pointer, view, address: koffi.address(pointer) };
}

/** A msghdr with one iovec, laid out by sockconst's own linux-x64 layouts of msghdr and iovec. */
function message(data: Uint8Array, control: Uint8Array | number) {
  const msghdr = layoutOf("msghdr", "linux-x64")!;
  const iovec = layoutOf("iovec", "linux-x64")!;
  const at = (layout: typeof msghdr, name: string) => layout.fields.find((f) => f.name === name)!.offset!;
  const buffer = block(data.length, data);
  const controlBlock = typeof control === "number" ? block(control) : block(control.length, control);
  const controlLength = typeof control === "number" ? control : control.length;
  const iov = block(iovec.size);
  const iovView = new DataView(iov.view.buffer, iov.view.byteOffset);
  iovView.setBigUint64(at(iovec, "iov_base"), buffer.address, true);
  iovView.setBigUint64(at(iovec, "iov_len"), BigInt(data.length), true);
  const msg = block(msghdr.size);
  const msgView = new DataView(msg.view.buffer, msg.view.byteOffset);
  msgView.setBigUint64(at(msghdr, "msg_iov"), iov.address, true);
  msgView.setBigUint64(at(msghdr, "msg_iovlen"), 1n, true);
  if (controlLength > 0) {
    msgView.setBigUint64(at(msghdr, "msg_control"), controlBlock.address, true);
    msgView.setBigUint64(at(msghdr, "msg_controllen"), BigInt(controlLength), true);
  }
  const free = () => [buffer, controlBlock, iov, msg].forEach((b) => koffi.free(b.pointer));
  return { msg, msgView, buffer, controlBlock, free, controllenAt: at(msghdr, "msg_controllen"), flagsAt: at(msghdr, "msg_flags") };
}

export function sendmsg(fd: number, data: Uint8Array, control: Uint8Array): number {
  const m = message(data, control);
  try {
    return checked("sendmsg", c().sendmsg(fd, m.msg.pointer, 0));
  } finally {
    m.free();
  }
}

/** The bytes received, the control buffer cut to the msg_controllen recvmsg returned, and msg_flags. */
export function recvmsg(fd: number, room: number, controlRoom: number): { data: Uint8Array; control: Uint8Array; flags: number } {
  const m = message(new Uint8Array(room), controlRoom);
  try {
    const n = checked("recvmsg", c().recvmsg(fd, m.msg.pointer, 0));
    const controlLength = Number(m.msgView.getBigUint64(m.controllenAt, true));
    return { data: m.buffer.view.slice(0, n), control: m.controlBlock.view.slice(0, controlLength), flags: m.msgView.getInt32(m.flagsAt, true) };
  } finally {
    m.free();
  }
}
