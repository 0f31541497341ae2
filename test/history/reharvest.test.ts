import { describe, expect, it } from "vitest";
import { builders } from "../../scripts/history/oses.js";
import { readHistory, serializeHistory } from "../../scripts/history/output.js";
import { loadDarwinRecord } from "../../scripts/history/darwin.js";
import { xnuAvailable } from "../../scripts/history/xnu-stage.js";
import type { HistoryOs } from "../../scripts/schema/history.js";

/**
 * `npm run history` must give back the committed files. Linux fetches its locked packages from Debian;
 * Windows uses the staged mingw-w64 headers; macOS needs its xnu tags staged, or SOCKCONST_XNU_GIT (a git
 * copy of the public repository) to stage them from, and is skipped where neither is here.
 */
const runnable = (os: HistoryOs) => os !== "darwin" || xnuAvailable(loadDarwinRecord());

describe.each(Object.keys(builders) as HistoryOs[])("history of %s", (os) => {
  it.runIf(runnable(os))("reproduces headers-cache/history/" + os + ".json", async () => {
    const fresh = serializeHistory(await builders[os]!());
    expect(fresh).toBe(serializeHistory(readHistory(os)!));
  });
});
