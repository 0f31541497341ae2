import net from "node:net";
import koffi from "koffi";
import { hostPlatform, lookup } from "sockconst";
import { decodeOption, encodeOption } from "sockconst/codec";

const platform = hostPlatform();
if (platform === undefined || platform.startsWith("win32")) throw new Error("this example is for POSIX hosts");

const libc = koffi.load(platform.startsWith("darwin") ? "libSystem.dylib" : "libc.so.6");
const setsockopt = libc.func("int setsockopt(int fd, int level, int name, const void *value, uint32_t length)");
const getsockopt = libc.func("int getsockopt(int fd, int level, int name, _Out_ void *value, _Inout_ uint32_t *length)");

function set(fd, level, name, value) {
  let bytes;
  try {
    bytes = encodeOption(name, value, platform); // laid out as this platform's records type the option
  } catch (e) {
    // macOS's documents never state the keepalive options' type: an int is this program's own assumption.
    if (e.code !== "UNTYPED_OPTION") throw e;
    bytes = new Uint8Array(new Int32Array([value]).buffer);
  }
  if (setsockopt(fd, lookup(level, platform), lookup(name, platform), bytes, bytes.length) !== 0) {
    throw new Error(`setsockopt(${level}, ${name}) failed: errno ${koffi.errno()}`);
  }
}

function get(fd, level, name) {
  const bytes = new Uint8Array(64);
  const length = [bytes.length];
  if (getsockopt(fd, lookup(level, platform), lookup(name, platform), bytes, length) !== 0) {
    throw new Error(`getsockopt(${level}, ${name}) failed: errno ${koffi.errno()}`);
  }
  return decodeOption(name, bytes.subarray(0, length[0]), platform);
}

const server = net.createServer((peer) => peer.end()).listen(0, "127.0.0.1", () => {
  const socket = net.connect(server.address().port, "127.0.0.1", () => {
    const fd = socket._handle.fd; // Node's file descriptor (an internal, but stable for years)
    set(fd, "SOL_SOCKET", "SO_KEEPALIVE", true);
    // Whichever name this platform has for the idle time:
    const idle = lookup("TCP_KEEPIDLE", platform) !== undefined ? "TCP_KEEPIDLE" : "TCP_KEEPALIVE";
    set(fd, "IPPROTO_TCP", idle, 60); // seconds before the first probe
    set(fd, "IPPROTO_TCP", "TCP_KEEPINTVL", 10); // seconds between probes
    set(fd, "IPPROTO_TCP", "TCP_KEEPCNT", 5); // probes before the connection is dropped
    console.log(get(fd, "SOL_SOCKET", "SO_KEEPALIVE"), get(fd, "IPPROTO_TCP", idle)); // true 60
    socket.destroy();
    server.close();
  });
});
