/**
 * The Linux target's units compiled against each sampled suite's own headers: Debian's glibc
 * (libc6-dev), kernel UAPI (linux-libc-dev) and BlueZ, with -nostdinc -nolibc so neither zig's glibc nor
 * its UAPI copy stands in for a header a release lacks.
 */
import path from "node:path";
import type { Target } from "../schema/target.js";
import type { LinuxHistoryRecord, LockedSuitePackage } from "../schema/history.js";
import type { CompilerSetup, IncludeRoot } from "../probe/include-path.js";
import { zigBuiltinInclude, zigPackage } from "../probe/zig.js";
import { harvestTarget, loadHarvestContext, type HarvestContext } from "../harvest/harvest-target.js";
import { stagedDir, stagedName, stageSuitePackage } from "./stage-suite.js";

export interface SampleHarvest {
  id: string;
  packages: LockedSuitePackage[];
  /** Name → value and the staged package (`name@suite`) whose header defines it. */
  constants: Map<string, { value: number; source: string }>;
  /**
   * Names the kernel's own headers define, though the C library's may define them first (UDP_CORK is in
   * glibc's <netinet/udp.h> and the kernel's <linux/udp.h>): the kernel release dates these.
   */
  kernel: Set<string>;
}

/** x86-64's multiarch folder first, as Debian's compiler searches it before /usr/include. */
const layers = (p: LockedSuitePackage) => ["usr/include/x86_64-linux-gnu", "usr/include"].map((d) => path.join(stagedDir(p), d));

function setupFor(t: Target, packages: LockedSuitePackage[]): CompilerSetup {
  const args = ["-target", t.triple, "-nostdinc", "-nolibc", "-isystem", zigBuiltinInclude()];
  const roots: IncludeRoot[] = [];
  for (const p of packages) {
    for (const dir of layers(p)) {
      args.push("-I", dir);
      roots.push({ dir, source: stagedName(p) });
    }
  }
  for (const d of t.defines) args.push(`-D${d}`);
  roots.push({ dir: zigBuiltinInclude(), source: zigPackage });
  return { args, roots };
}

export async function harvestLinuxSample(t: Target, record: LinuxHistoryRecord, sampleId: string): Promise<SampleHarvest> {
  const sample = record.samples.find((s) => s.id === sampleId)!;
  const find = (key: string) => {
    const p = record.packages.find((x) => stagedName(x) === key);
    if (!p) throw new Error(`data/history/linux.json: sample ${sampleId} names ${key}, which no package entry locks`);
    return p;
  };
  // glibc's headers come first: they include the kernel's, never the other way round.
  const packages = [find(sample.glibc), find(sample.kernel), find(sample.bluez)];
  for (const p of packages) stageSuitePackage(p);
  const base = loadHarvestContext();
  const ctx: HarvestContext = {
    ...base,
    lock: [...base.lock, ...packages.map((p) => ({ name: stagedName(p), registry: "debian" as const, suite: p.suite, version: p.version, description: p.name }))],
  };
  const setup = setupFor(t, packages);
  const { file } = await harvestTarget(t, ctx, { setup });
  const constants = new Map(Object.entries(file.constants).map(([n, c]) => [n, { value: c.value, source: c.source }]));
  const uapi = t.units.filter((u) => u.endsWith("-uapi"));
  const kernelOnly = uapi.length ? (await harvestTarget({ ...t, units: uapi }, ctx, { setup })).file.constants : {};
  const kernelKey = stagedName(find(sample.kernel));
  const kernel = new Set(
    [...Object.entries(file.constants), ...Object.entries(kernelOnly)].filter(([, c]) => c.source === kernelKey).map(([n]) => n),
  );
  return { id: sampleId, packages, constants, kernel };
}
