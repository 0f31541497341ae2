/**
 * data/history/linux.json: read it, or (with --update) ask every suite again and lock what it serves.
 * A version already locked keeps its checksum; a new one is downloaded once to take its checksum.
 */
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "../lib/paths.js";
import { readJson } from "../lib/data.js";
import { linuxHistoryRecord, type LinuxHistoryRecord, type LockedSuitePackage } from "../schema/history.js";
import { askSuite, askedSuites } from "./suites.js";
import { downloadSum } from "./stage-suite.js";

export const linuxRecordPath = path.join(dataDir, "history", "linux.json");

export const loadLinuxRecord = (): LinuxHistoryRecord => readJson(linuxRecordPath, linuxHistoryRecord);

/** An update suite carries only what changed: the rest of a sample comes from the suite it updates. */
const baseSuite = (suite: string) => suite.replace(/-(updates|backports)$/, "");

export function updateLinuxRecord(target: string): LinuxHistoryRecord {
  const previous = fs.existsSync(linuxRecordPath) ? loadLinuxRecord() : undefined;
  const suites = askedSuites.map(askSuite);
  const packages: LockedSuitePackage[] = [];
  const lock = (name: string, suite: string): string => {
    const version = suites.find((s) => s.suite === suite)?.serves[name];
    if (!version) throw new Error(`${suite} does not serve ${name}`);
    const key = `${name}@${suite}`;
    if (!packages.some((p) => `${p.name}@${p.suite}` === key)) {
      const known = previous?.packages.find((p) => p.name === name && p.suite === suite && p.version === version);
      packages.push(known ?? { name, suite, version, sha256: downloadSum(name, suite, version).sum });
    }
    return key;
  };
  const holder = (name: string, suite: string) => (suites.find((s) => s.suite === suite)?.serves[name] ? suite : baseSuite(suite));
  const samples = suites
    .filter((s) => s.serves["linux-libc-dev"])
    .map((s) => ({
      id: s.suite,
      kernel: lock("linux-libc-dev", s.suite),
      glibc: lock("libc6-dev", holder("libc6-dev", s.suite)),
      bluez: lock("libbluetooth-dev", holder("libbluetooth-dev", s.suite)),
    }));
  const newestMan = [...suites].reverse().find((s) => s.serves.manpages && s.serves["manpages-dev"]);
  if (!newestMan) throw new Error("no suite serves the man pages");
  const manpages = [lock("manpages", newestMan.suite), lock("manpages-dev", newestMan.suite)];
  const record = linuxHistoryRecord.parse({ os: "linux", target, suites, packages, samples, manpages });
  fs.mkdirSync(path.dirname(linuxRecordPath), { recursive: true });
  fs.writeFileSync(linuxRecordPath, `${JSON.stringify(record, null, 2)}\n`);
  return record;
}
