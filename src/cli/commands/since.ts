import { compare, historyEntry, platforms } from "../runtime.js";
import { parseName } from "../args.js";
import type { Command } from "../command.js";
import { ABSENT, renderTable } from "../format.js";
import { EXIT_ABSENT, EXIT_OK, printJson } from "../io.js";
import { chosenPlatform } from "../platform.js";
import type { History, RemovedFact, SinceFact } from "../../history.js";

/** "Linux 4.1", "Linux ≤ 6.1.176", "macOS 10.8 < … ≤ 10.9": a bound never reads as more than it is. */
export function sinceText(s: SinceFact | undefined): string {
  if (s === undefined) return ABSENT;
  if (s.version !== undefined) return `${s.of} ${s.version}`;
  return s.after === undefined ? `${s.of} ≤ ${s.atMost}` : `${s.of} ${s.after} < … ≤ ${s.atMost}`;
}

export const removedText = (r: RemovedFact | undefined): string => (r === undefined ? ABSENT : `${r.of} ${r.after} < … ≤ ${r.atMost}`);

export const since: Command = {
  name: "since",
  usage: "sockconst since NAME [--platform ID] [--json]",
  summary: "since when a constant exists on each OS, and whether it was removed",
  details: [
    "Without --platform: one row per OS. With --platform: that platform's OS, with the sources.",
    "An exact release comes from a document (a man page's \"since Linux X.Y\"); `A < … ≤ B` is a bound from",
    "sampled header releases (absent in A, present in B); `≤ B` means present in the oldest release sampled.",
    "Exit status 1 when nothing dates the name on the platform's OS.",
    "Example: sockconst since SO_REUSEPORT; sockconst since TCP_KEEPALIVE --platform darwin-arm64",
  ].join("\n"),
  arguments: { min: 1, max: 1, names: "NAME" },
  options: ["platform"],
  async run(invocation, io) {
    const name = parseName(invocation.positionals[0]!);
    const { since: sinceOf, historyOses } = await historyEntry();
    if (invocation.platform !== undefined) {
      const platform = chosenPlatform(invocation.platform);
      const found = sinceOf(name, platform);
      if (found === undefined) {
        knownSomewhere(name, historyOses.map((os) => sinceOf(name, os)));
        if (invocation.json) printJson(io, { name, platform, since: null, removed: null });
        io.err(`nothing dates ${name} on ${platform.split("-")[0]}`);
        return EXIT_ABSENT;
      }
      if (invocation.json) {
        printJson(io, { ...found, platform });
        return EXIT_OK;
      }
      const rows: string[][] = [
        ["name", name],
        ["os", found.os],
        ["since", sinceText(found.since)],
      ];
      if (found.since !== undefined) rows.push(["source", found.since.source]);
      if (found.since?.checked !== undefined) rows.push(["checked", found.since.checked]);
      if (found.removed !== undefined) rows.push(["removed", removedText(found.removed)], ["source", found.removed.source]);
      for (const line of renderTable([{ header: "" }, { header: "" }], rows).slice(1)) io.out(line);
      return EXIT_OK;
    }
    const all = historyOses.map((os) => sinceOf(name, os));
    knownSomewhere(name, all);
    if (invocation.json) {
      printJson(io, { name, oses: Object.fromEntries(historyOses.map((os, i) => [os, all[i] ?? null])) });
      return EXIT_OK;
    }
    io.out(name);
    const rows = historyOses.map((os, i) => [os, sinceText(all[i]?.since), removedText(all[i]?.removed)]);
    for (const line of renderTable([{ header: "os" }, { header: "since" }, { header: "removed" }], rows)) io.out(line);
    return EXIT_OK;
  },
};

/** A name no OS dates and no platform defines is a mistake: the runtime's error says so and suggests one. */
function knownSomewhere(name: string, found: readonly (History | undefined)[]): void {
  if (found.some((h) => h !== undefined)) return;
  // compare() throws UNKNOWN_NAME, with the closest names, for a name no platform defines.
  if (platforms.length) compare(name);
}
