// Run by other-runtimes.test.ts under Bun and Deno: the built runtime must work there unchanged.
// Usage: <runtime> smoke.mjs <expected host id>
import * as sc from "../../../dist/src/index.js";
import linux, { TCP_NODELAY } from "../../../dist/generated/linux-x64.js";
import { describe } from "../../../dist/src/describe.js";
import { decodeSockaddr, encodeOption, encodeSockaddr } from "../../../dist/src/codec/index.js";

const args = globalThis.Deno ? globalThis.Deno.args : globalThis.process.argv.slice(2);
const failures = [];
const check = (label, actual, expected) => {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    failures.push(`${label}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }
};

check("hostPlatform", sc.hostPlatform() ?? null, args[0]);
check("lookup linux", sc.lookup("TCP_NODELAY", "linux-x64"), 1);
check("lookup darwin", sc.lookup("TCP_KEEPALIVE", "darwin-arm64"), 0x10);
check("lookup absent", sc.lookup("TCP_KEEPALIVE", "linux-x64"), undefined);
check("target module", linux.TCP_KEEPIDLE, 4);
check("namesOf", sc.namesOf(4, "TCP", "linux-x64").includes("TCP_KEEPIDLE"), true);
check("decodeFlags", sc.decodeFlags(0x42, "MSG", "linux-x64"), { names: ["MSG_PEEK", "MSG_DONTWAIT"], rest: 0 });
check("compare", sc.compare("AF_INET6")["win32-x64"], 23);
check("describe", describe("TCP_NODELAY", "linux-x64")?.family, "TCP");
check("named export", TCP_NODELAY, 1);
check("frozen", Object.isFrozen(sc.table("linux-x64")), true);
check("codec option", [...encodeOption("SO_LINGER", { onoff: true, linger: 5 }, "win32-x64")], [1, 0, 5, 0]);
const un = { family: "AF_UNIX", path: "/tmp/sockconst-é" };
check("codec sockaddr", decodeSockaddr(encodeSockaddr(un, "darwin-arm64"), "darwin-arm64"), un);
try {
  sc.lookup("TCP_KEEPIDEL", "linux-x64");
  failures.push("unknown name did not throw");
} catch (error) {
  check("error code", error.code, "UNKNOWN_NAME");
}

if (failures.length > 0) {
  console.error(failures.join("\n"));
  throw new Error(`${failures.length} smoke check(s) failed`);
}
console.log("smoke ok");
