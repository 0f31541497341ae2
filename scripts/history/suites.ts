/**
 * Which Debian suites still serve the Linux header packages, at which versions. Each suite is read
 * through its own private apt state, so one suite's index never answers for another's.
 */
import path from "node:path";
import { DebianArchive } from "../headers/apt.js";
import { workDir } from "../lib/paths.js";

/** oldstable, stable, testing and unstable by name, and the update suites beside them. */
export const askedSuites = [
  "bookworm",
  "bookworm-updates",
  "bookworm-backports",
  "trixie",
  "trixie-updates",
  "trixie-backports",
  "forky",
  "forky-updates",
  "forky-backports",
  "sid",
];

export const historyPackages = ["linux-libc-dev", "libc6-dev", "libbluetooth-dev", "manpages", "manpages-dev"];

const archives = new Map<string, DebianArchive>();
export function archiveFor(suite: string): DebianArchive {
  let a = archives.get(suite);
  if (!a) archives.set(suite, (a = new DebianArchive(suite, path.join(workDir, "apt-history", suite))));
  return a;
}

export interface SuiteAnswer {
  suite: string;
  serves: Record<string, string>;
  note?: string;
}

export function askSuite(suite: string): SuiteAnswer {
  const archive = archiveFor(suite);
  try {
    archive.update();
  } catch (error) {
    // The archive's address is this machine's configuration, not a fact about the suite: it is left out.
    return { suite, serves: {}, note: `not served: ${(error as Error).message.replace(/'(?:\S+:\/\/\S+ )?([^']*)'/g, "$1")}` };
  }
  const serves: Record<string, string> = {};
  for (const name of historyPackages) {
    const version = archive.offered(name);
    if (version) serves[name] = version;
  }
  return { suite, serves };
}
