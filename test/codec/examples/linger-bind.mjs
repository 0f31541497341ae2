import koffi from "koffi";
import { hostPlatform, lookup } from "sockconst";
import { decodeSockaddr, encodeOption, encodeSockaddr } from "sockconst/codec";

const platform = hostPlatform();
if (platform === undefined || platform.startsWith("win32")) throw new Error("this example is for POSIX hosts");

const libc = koffi.load(platform.startsWith("darwin") ? "libSystem.dylib" : "libc.so.6");
const socket = libc.func("int socket(int domain, int type, int protocol)");
const setsockopt = libc.func("int setsockopt(int fd, int level, int name, const void *value, uint32_t length)");
const bind = libc.func("int bind(int fd, const void *address, uint32_t length)");
const getsockname = libc.func("int getsockname(int fd, _Out_ void *address, _Inout_ uint32_t *length)");
const close = libc.func("int close(int fd)");
const check = (result, call) => {
  if (result < 0) throw new Error(`${call} failed: errno ${koffi.errno()}`);
  return result;
};

const fd = check(socket(lookup("AF_INET6", platform), lookup("SOCK_STREAM", platform), 0), "socket");

// Close with a reset rather than lingering: l_onoff 1, l_linger 0, in whatever struct linger is here
// (two ints on Linux and the BSDs, two u_shorts on Windows).
const linger = encodeOption("SO_LINGER", { onoff: true, linger: 0 }, platform);
check(setsockopt(fd, lookup("SOL_SOCKET", platform), lookup("SO_LINGER", platform), linger, linger.length), "setsockopt");

// [::1]:0, the kernel picks the port; the bytes' length is the addrlen (sin6_len is filled where there is one).
const address = encodeSockaddr({ family: "AF_INET6", address: "::1", port: 0 }, platform);
check(bind(fd, address, address.length), "bind");

const bound = new Uint8Array(128);
const length = [bound.length];
check(getsockname(fd, bound, length), "getsockname");
console.log(decodeSockaddr(bound.subarray(0, length[0]), platform));
// { family: "AF_INET6", address: "::1", port: 40321, flowinfo: 0, scopeId: 0 }
close(fd);
