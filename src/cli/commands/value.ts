import { compare, familyOf, lookup, platforms } from "../runtime.js";
import { parseName } from "../args.js";
import type { Command } from "../command.js";
import { ABSENT, hex, renderTable } from "../format.js";
import { EXIT_ABSENT, EXIT_OK, printJson } from "../io.js";
import { chosenPlatform } from "../platform.js";

export const value: Command = {
  name: "NAME",
  usage: "sockconst NAME [--platform ID] [--json]",
  summary: "a constant's value on every platform, or on one",
  details: [
    "Without --platform: a table of the value on every platform, in hex and decimal, " +
      `"${ABSENT}" where the platform lacks the name.`,
    "With --platform: the value there, as `decimal (hex)`; exit status 1 when that platform lacks the name.",
    "Example: sockconst TCP_KEEPIDLE; sockconst TCP_KEEPALIVE --platform darwin-arm64",
  ].join("\n"),
  arguments: { min: 1, max: 1, names: "NAME" },
  options: ["platform"],
  run(invocation, io) {
    const name = parseName(invocation.positionals[0]!);
    if (invocation.platform !== undefined) {
      const platform = chosenPlatform(invocation.platform);
      const found = lookup(name, platform);
      if (invocation.json) printJson(io, { name, platform, value: found });
      else if (found !== undefined) io.out(`${found} (${hex(found)})`);
      if (found === undefined) {
        const where = platforms.filter((id) => lookup(name, id) !== undefined);
        io.err(`${name} is not defined on ${platform}; it is defined on: ${where.join(", ")}`);
        return EXIT_ABSENT;
      }
      return EXIT_OK;
    }
    const values = compare(name);
    if (invocation.json) {
      printJson(io, { name, values });
      return EXIT_OK;
    }
    const family = familyOf(name);
    if (family !== undefined) {
      const level = family.level === undefined ? "" : `, level ${family.level}`;
      io.out(`${name} (family ${family.name}: ${family.kind}${level})`);
    }
    const rows = platforms.map((id) => {
      const v = values[id];
      return [id, v === undefined ? ABSENT : hex(v), v === undefined ? ABSENT : String(v)];
    });
    for (const line of renderTable(
      [{ header: "platform" }, { header: "hex", align: "right" }, { header: "decimal", align: "right" }],
      rows,
    )) {
      io.out(line);
    }
    return EXIT_OK;
  },
};
