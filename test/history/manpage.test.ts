import { describe, expect, it } from "vitest";
import { parseManPage, requestArguments } from "../../scripts/history/manpage.js";

// Short excerpts of the Linux man-pages 6.20 sources (Debian manpages/manpages-dev 6.20-2), as written.
const tcp7 = [
  ".SS Socket options",
  ".TP",
  '.BR TCP_CORK " (since Linux 2.2)"',
  '.\\" precisely: since Linux 2.1.127',
  "If set, don't send out partial frames.",
  ".TP",
  '.IR tcp_abort_on_overflow " (Boolean; default: disabled; since Linux 2.4)"',
].join("\n");

const packet7 = [".SS Socket options", ".TP", '.BR PACKET_TIMESTAMP " (with " PACKET_RX_RING "; since Linux 2.6.36)"', "The packet receive ring always stores a timestamp."].join("\n");

const socket7 = [
  ".SS Socket options",
  ".TP",
  '.BR SO_INCOMING_CPU " (gettable since Linux 3.19, settable since Linux 4.4)"',
  '.\\" getsockopt 2c8c56e15df3d4c2af3d656e44feb18789f75837',
  "Sets or gets the CPU affinity of a socket.",
].join("\n");

const addressFamilies7 = [
  ".SH DESCRIPTION",
  ".TP",
  ".B AF_RDS",
  '.\\" commit: 639b321b4d8f4e412bfbb2a4a19bfebc1e68ace4',
  "Reliable Datagram Sockets (RDS) protocol (since Linux 2.6.30).",
  ".TP",
  ".B AF_PACKET",
  "Low-level packet interface.",
].join("\n");

const ipRecvtos = [".SH NAME", "IP_RECVTOS", "\\-", "receive IP_TOS control message", ".SH HISTORY", "Linux 2.2.", '.\\" Precisely: since Linux 2.1.68', ".SH SEE ALSO"].join("\n");

describe("the man-page parser", () => {
  it("dates a tagged option from its tag line, and not a sysctl", () => {
    expect(parseManPage(tcp7, "tcp(7)")).toEqual([{ name: "TCP_CORK", version: "2.2", page: "tcp(7)", section: "Socket options" }]);
  });

  it("dates only the name the tag begins with", () => {
    expect(parseManPage(packet7, "packet(7)").map((s) => [s.name, s.version])).toEqual([["PACKET_TIMESTAMP", "2.6.36"]]);
  });

  it("takes the first kernel of a split statement (gettable before settable)", () => {
    expect(parseManPage(socket7, "socket(7)").map((s) => [s.name, s.version])).toEqual([["SO_INCOMING_CPU", "3.19"]]);
  });

  it("reads the date from a paragraph's first sentence when the tag is the bare name", () => {
    expect(parseManPage(addressFamilies7, "address_families(7)").map((s) => [s.name, s.version])).toEqual([["AF_RDS", "2.6.30"]]);
  });

  it("dates a constant's own page from its HISTORY line, not the names its summary mentions", () => {
    expect(parseManPage(ipRecvtos, "IP_RECVTOS(2const)")).toEqual([{ name: "IP_RECVTOS", version: "2.2", page: "IP_RECVTOS(2const)", section: "HISTORY" }]);
  });

  it("takes the earliest of several kernels, after the standards, from a constant's own page", () => {
    const page = [".SH NAME", "IPV6_V6ONLY", "\\-", "restrict to IPv6", ".SH HISTORY", "POSIX.1-2001,", "Linux 2.4.21, Linux 2.6.", ".SH SEE ALSO"].join("\n");
    expect(parseManPage(page, "IPV6_V6ONLY(2const)").map((s) => [s.name, s.version])).toEqual([["IPV6_V6ONLY", "2.4.21"]]);
  });

  it("dates the page's own constant when its NAME section names another (IP_HDRINCL(2const) says IPPROTO_IP)", () => {
    const page = [".SH NAME", "IPPROTO_IP", "\\-", "include a user-supplied IP header", ".SH HISTORY", "Linux 2.0.", ".SH SEE ALSO"].join("\n");
    expect(parseManPage(page, "IP_HDRINCL(2const)").map((s) => [s.name, s.version])).toEqual([["IP_HDRINCL", "2.0"]]);
  });

  it("skips a date that marks a change rather than the name's arrival", () => {
    const page = [".TP", '.BR TCP_EXAMPLE_OPT " (obsolete since Linux 4.14)"'].join("\n");
    expect(parseManPage(page, "tcp(7)")).toEqual([]);
  });

  it("splits request arguments as troff does", () => {
    expect(requestArguments('.BR PACKET_TIMESTAMP " (with " PACKET_RX_RING "; since Linux 2.6.36)"')).toEqual([
      "PACKET_TIMESTAMP",
      " (with ",
      "PACKET_RX_RING",
      "; since Linux 2.6.36)",
    ]);
  });
});
