/**
 * FreeBSD, OpenBSD, NetBSD: the one header release this project holds for each is the catalog's own
 * harvest (headers-cache/<target>.json, from the tree data/sysroots/<target>.json pins). One release can
 * only say "present in it", so every name gets an upper bound and nothing is ever dated more closely.
 */
import type { HistoryFile, HistoryOs, NameHistory } from "../schema/history.js";
import { loadManifests } from "../lib/data.js";
import { readCommitted } from "../harvest/committed.js";

const targets: Partial<Record<HistoryOs, { target: string; of: string }>> = {
  freebsd: { target: "freebsd-x64", of: "FreeBSD" },
  openbsd: { target: "openbsd-x64", of: "OpenBSD" },
  netbsd: { target: "netbsd-x64", of: "NetBSD" },
};

export function bsdHistory(os: HistoryOs): () => Promise<HistoryFile> {
  return async () => {
    const { target, of } = targets[os]!;
    const manifest = loadManifests().find((m) => m.target === target);
    const harvest = readCommitted(target);
    if (!manifest || !harvest) throw new Error(`${os}: data/sysroots/${target}.json and headers-cache/${target}.json are both needed`);
    const release = manifest.release.replace(new RegExp(`^${of}\\s+`), "");
    const label = `${manifest.release} headers (data/sysroots/${target}.json, as harvested in headers-cache/${target}.json)`;
    const names: Record<string, NameHistory> = {};
    const unknown: Record<string, string> = {};
    for (const [name, c] of Object.entries(harvest.constants)) {
      // A name from zig's compiler headers rather than the release's tree says nothing about the release.
      if (c.source === `sysroot:${target}`) names[name] = { since: { atMost: release, of, source: `${label} defines it (the only release sampled)` } };
      else unknown[name] = `defined by ${c.source}, not by the ${manifest.release} tree`;
    }
    return {
      os,
      method:
        `One release: ${label}. No older ${of} header release is held here, so each name is only bounded above (since ≤ ${release}); ` +
        "no name can be found removed.",
      samples: [{ id: `${os}-${release}`, releases: { [of]: release }, packages: [label] }],
      names,
      unknown,
    };
  };
}
