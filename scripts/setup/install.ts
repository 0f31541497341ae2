/**
 * npm run setup (run by `npm test` before the tests): installs the Debian packages the evidence needs —
 * qemu-user, Wine and cross C libraries for the execution check, bookworm's headers for the second
 * source, and whatever data/system/*.json names — once; a package already installed costs nothing.
 * The lists live in the data records, so each check names what it needs in one place.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { loadExec, loadSystemPackages } from "../lib/data.js";
import { loadSecondSources } from "../check/second-source.js";
import { runMain } from "../lib/main.js";

/** Every package wanted, as `name` or `name=version` (apt's syntax for an exact version). */
export function wantedPackages(): string[] {
  const names = new Set<string>();
  for (const r of loadExec()) {
    if (r.link.with === "gcc") names.add(r.link.package);
    if (r.run) names.add(r.run.package);
    for (const n of r.needs) names.add(n.package);
  }
  for (const r of loadSecondSources()) for (const s of r.sources) for (const p of s.packages) names.add(`${p.name}=${p.version}`);
  for (const r of loadSystemPackages()) for (const p of r.packages) names.add(p);
  return [...names].sort();
}

function installedVersion(name: string): string | undefined {
  const out = spawnSync("dpkg-query", ["-W", "-f", "${Status}\t${Version}", name], { encoding: "utf8" });
  const [status, version] = (out.stdout ?? "").split("\t");
  return out.status === 0 && status?.endsWith(" installed") ? version : undefined;
}

const onPath = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;

async function main(): Promise<number> {
  const wanted = wantedPackages();
  if (!onPath("dpkg-query") || !onPath("apt-get")) {
    throw new Error(`this machine has no apt: the evidence tests need these Debian packages: ${wanted.join(" ")}`);
  }
  const missing = wanted.filter((p) => {
    const [name, version] = p.split("=");
    const have = installedVersion(name!);
    return have === undefined || (version !== undefined && have !== version);
  });
  if (missing.length === 0) return 0;
  const root = process.getuid?.() === 0;
  const sudo = !root && spawnSync("sudo", ["-n", "true"]).status === 0;
  if (!root && !sudo) {
    throw new Error(`the tests need these Debian packages, and installing them needs root: sudo apt-get install ${missing.join(" ")}`);
  }
  const apt = (args: string[]) =>
    execFileSync(root ? "apt-get" : "sudo", [...(root ? [] : ["-n", "apt-get"]), "-o", "DPkg::Lock::Timeout=600", ...args], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  console.log(`installing ${missing.length} Debian packages the evidence tests need: ${missing.join(" ")}`);
  apt(["update", "-qq"]);
  apt(["install", "-y", "-qq", "--no-install-recommends", ...missing]);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) runMain(main);
