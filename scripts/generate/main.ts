/** npm run generate: rebuild generated/ from headers-cache/. With --check, fail if anything would change. */
import { parseArgs } from "node:util";
import { generate } from "./generate.js";
import { recordGenerated } from "./digest.js";

const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
generate({ check: values.check }).then(
  (changed) => {
    if (!values.check) recordGenerated();
    if (values.check && changed.length) {
      console.error(`generated/ is out of date with headers-cache/ (run npm run generate):\n  ${changed.join("\n  ")}`);
      process.exit(1);
    }
    console.log(changed.length ? `wrote ${changed.length} files:\n  ${changed.join("\n  ")}` : "generated/ is up to date");
  },
  (error: Error) => {
    console.error(`✗ ${error.message}`);
    process.exit(2);
  },
);
