import { describe, expect, it } from "vitest";
import { builders } from "../../scripts/history/oses.js";
import { readHistory, serializeHistory } from "../../scripts/history/output.js";
import type { HistoryOs } from "../../scripts/schema/history.js";

/**
 * `npm run history` must give back the committed files. Linux fetches its locked packages from Debian;
 * Windows uses the staged mingw-w64 headers; the BSDs their committed trees. macOS is not here: its
 * seventeen xnu releases are whole source trees (210 MB) that only a git copy of the public repository
 * can provide, so its reproduction is the maintainer's `SOCKCONST_XNU_GIT=<git dir> npm run history --
 * --os darwin --check`; its committed facts are still checked by records.test.ts and the CPython notes.
 */
const reproducible = (Object.keys(builders) as HistoryOs[]).filter((os) => os !== "darwin");

describe.each(reproducible)("history of %s", (os) => {
  it(`reproduces headers-cache/history/${os}.json`, async () => {
    const fresh = serializeHistory(await builders[os]!());
    expect(fresh).toBe(serializeHistory(readHistory(os)!));
  });
});
