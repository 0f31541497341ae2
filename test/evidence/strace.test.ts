import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe as group, expect, it } from "vitest";
import { familyOf, lookup, namesOf, table } from "../../src/index.js";
import { describe } from "../../src/describe.js";

/**
 * Evidence for the preferred-name rule of reverse lookup: strace's own decoder. A Python program calls
 * setsockopt with every option number the catalog names at a level, on a real socket of that level,
 * under strace; wherever strace prints a name for the number, namesOf must answer that name first.
 * Needs strace (npm run setup installs it; data/system/strace.json) on an x86_64 glibc Linux host.
 */
const platform = "linux-x64";

/** A socket each level's options are tried on: domain, type, protocol, by level name. */
const sockets: Record<string, [string, string, number]> = {
  SOL_SOCKET: ["AF_INET", "SOCK_STREAM", 0],
  IPPROTO_IP: ["AF_INET", "SOCK_DGRAM", 0],
  IPPROTO_IPV6: ["AF_INET6", "SOCK_DGRAM", 0],
  IPPROTO_TCP: ["AF_INET", "SOCK_STREAM", 0],
  IPPROTO_UDP: ["AF_INET", "SOCK_DGRAM", 0],
  SOL_PACKET: ["AF_PACKET", "SOCK_RAW", 0],
  SOL_NETLINK: ["AF_NETLINK", "SOCK_RAW", 0],
};

/** The option numbers named at each level (a name's records may put it at another family's level). */
function optionsByLevel(): Map<string, Map<number, string[]>> {
  const out = new Map<string, Map<number, string[]>>();
  for (const [name, value] of Object.entries(table(platform))) {
    const d = describe(name, platform)!;
    if (!d.roles.includes("option")) continue;
    for (const level of d.levels) {
      if (!(level.name in sockets)) continue;
      const byValue = out.get(level.name) ?? new Map<number, string[]>();
      out.set(level.name, byValue);
      byValue.set(value, [...(byValue.get(value) ?? []), name]);
    }
  }
  return out;
}

function straced(plan: { level: string; numbers: number[] }[]): Map<string, string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sockconst-strace-"));
  const program = [
    "import json, socket, sys",
    "for p in json.load(open(sys.argv[1])):",
    "    s = socket.socket(p['domain'], p['type'], p['proto'])",
    "    for n in p['numbers']:",
    "        try: s.setsockopt(p['level'], n, bytes(16))",
    "        except OSError: pass",
    "    s.close()",
  ].join("\n");
  fs.writeFileSync(path.join(dir, "try.py"), program);
  fs.writeFileSync(
    path.join(dir, "plan.json"),
    JSON.stringify(
      plan.map(({ level, numbers }) => {
        const [domain, type, proto] = sockets[level]!;
        return { level: lookup(level, platform), numbers, domain: lookup(domain, platform), type: lookup(type, platform), proto };
      }),
    ),
  );
  const out = path.join(dir, "trace.txt");
  execFileSync("strace", ["-qq", "-e", "trace=setsockopt", "-e", "signal=none", "-o", out, "python3", "try.py", "plan.json"], { cwd: dir });
  const names = new Map<string, string>();
  for (const line of fs.readFileSync(out, "utf8").split("\n")) {
    const m = /setsockopt\(\d+, (\w+), (\w+)(?: \/\*.*?\*\/)?, /.exec(line);
    if (m === null) continue;
    const [, level, option] = m;
    if (!/^\d|^0x/.test(option!)) names.set(`${level}/${option}`, option!);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return names;
}

group("reverse lookup against strace", () => {
  it("names every option number first as strace does", () => {
    expect(process.platform === "linux" && process.arch === "x64", "needs an x86_64 Linux host").toBe(true);
    const byLevel = optionsByLevel();
    expect([...byLevel.keys()].sort()).toEqual(Object.keys(sockets).sort());
    const plan = [...byLevel].map(([level, byValue]) => ({ level, numbers: [...byValue.keys()] }));
    const traced = straced(plan);
    // strace prints the level as SOL_*: map each of ours to strace's spelling through the value.
    const solName = (level: string) => (level.startsWith("SOL_") ? level : { IPPROTO_IP: "SOL_IP", IPPROTO_IPV6: "SOL_IPV6", IPPROTO_TCP: "SOL_TCP", IPPROTO_UDP: "SOL_UDP" }[level]!);
    const disagreements: string[] = [];
    let agreed = 0;
    for (const [level, byValue] of byLevel) {
      for (const [value, names] of byValue) {
        const stracesName = [...traced.entries()].find(([key, option]) => key.startsWith(`${solName(level)}/`) && names.includes(option))?.[1];
        if (stracesName === undefined) continue;
        const family = familyOf(stracesName)!.name;
        const ours = namesOf(value, family, platform).filter((n) => names.includes(n))[0];
        if (ours === stracesName) agreed++;
        else disagreements.push(`${level} ${value}: strace ${stracesName}, namesOf ${ours} (of ${names.join(", ")})`);
      }
    }
    expect(disagreements).toEqual([]);
    // strace 6.1 names most of the options of these levels; far fewer would mean the trace was not read.
    expect(agreed).toBeGreaterThan(250);
  });
});
