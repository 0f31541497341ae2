/**
 * npm run history [-- --os <os>…] [-- --update] [-- --check]
 *   harvest since-when facts per OS into headers-cache/history/<os>.json. --update asks Debian's suites
 *   again and locks what they serve now (data/history/linux.json); --check writes nothing and fails if
 *   a committed file differs from what the harvest gives now.
 */
import { parseArgs } from "node:util";
import { runMain } from "../lib/main.js";
import { writeAtomic } from "../lib/write-atomic.js";
import { repoRelative } from "../lib/paths.js";
import { historyOs, type HistoryFile, type HistoryOs } from "../schema/history.js";
import { historyPath, readHistory, serializeHistory } from "./output.js";
import { builders } from "./oses.js";
import { updateLinuxRecord, loadLinuxRecord } from "./linux-record.js";

runMain(async () => {
  const { values } = parseArgs({
    options: { os: { type: "string", multiple: true, default: [] }, update: { type: "boolean", default: false }, check: { type: "boolean", default: false } },
  });
  const chosen = (values.os.length ? values.os : Object.keys(builders)).map((os) => {
    const parsed = historyOs.safeParse(os);
    if (!parsed.success || !(os in builders)) throw new Error(`unknown OS "${os}"; the history covers: ${Object.keys(builders).join(", ")}`);
    return parsed.data;
  });
  if (values.update && chosen.includes("linux")) updateLinuxRecord(loadLinuxRecord().target);
  let differs = 0;
  for (const os of chosen) {
    const started = Date.now();
    const history: HistoryFile = await builders[os as HistoryOs]!();
    const text = serializeHistory(history);
    const file = historyPath(os);
    const summary = summarize(history);
    if (values.check) {
      const committed = readHistory(os);
      const same = committed !== undefined && serializeHistory(committed) === text;
      if (!same) differs++;
      console.log(`${same ? "✓" : "✗"} ${repoRelative(file)} ${same ? "reproduces" : "differs from the harvest"} (${summary})`);
    } else {
      writeAtomic(file, text);
      console.log(`wrote ${repoRelative(file)}: ${summary} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  }
  return differs ? 1 : 0;
});

function summarize(h: HistoryFile): string {
  const all = Object.values(h.names);
  const exact = all.filter((n) => n.since?.version !== undefined).length;
  const bounded = all.filter((n) => n.since?.atMost !== undefined).length;
  const removed = all.filter((n) => n.removed).length;
  return `${h.samples.length} samples; ${exact} exact, ${bounded} bounded, ${Object.keys(h.unknown).length} unknown, ${removed} removed`;
}
