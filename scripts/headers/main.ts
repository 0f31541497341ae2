/**
 * npm run headers [-- --restage] [-- --update]
 *   stage the header packages data/headers.lock.json names (checksums verified), check those staged;
 *   --restage extracts every package again; --update locks the newest versions Debian sid offers first.
 */
import { parseArgs } from "node:util";
import { runMain } from "../lib/main.js";
import { stageHeaders } from "./stage.js";

runMain(async () => {
  const { values } = parseArgs({ options: { update: { type: "boolean", default: false }, restage: { type: "boolean", default: false } } });
  stageHeaders(values);
  return 0;
});
