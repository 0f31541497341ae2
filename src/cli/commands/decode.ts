import { decodeFlags, lookup } from "../runtime.js";
import { parseFamily, parseInteger } from "../args.js";
import type { Command } from "../command.js";
import { hex, renderTable } from "../format.js";
import { EXIT_ABSENT, EXIT_OK, printJson } from "../io.js";
import { chosenPlatform } from "../platform.js";

export const decode: Command = {
  name: "decode",
  usage: "sockconst decode FAMILY VALUE [--platform ID] [--json]",
  summary: "split a flag word (MSG, AI, NI, ...) into names",
  details: [
    "Names the bits of VALUE on the platform (the host's without --platform). Each set bit is named by its",
    "preferred single-bit name; a multi-bit mask is named only when all its bits are set and some are not",
    "already named. Bits no name covers are shown as the rest; exit status 1 when there is a rest.",
    "FAMILY must be a flags family. VALUE is decimal, 0x hex, 0o octal or 0b binary.",
    "Example: sockconst decode MSG 0x42 --platform linux-x64",
  ].join("\n"),
  arguments: { min: 2, max: 2, names: "FAMILY VALUE" },
  options: ["platform"],
  run(invocation, io) {
    const family = parseFamily(invocation.positionals[0]!);
    const value = parseInteger(invocation.positionals[1]!);
    const platform = chosenPlatform(invocation.platform);
    const decoded = decodeFlags(value, family, platform);
    if (invocation.json) {
      printJson(io, { family, value, platform, names: decoded.names, rest: decoded.rest });
    } else {
      const rows = decoded.names.map((found) => [found, hex(lookup(found, platform)!)]);
      if (decoded.rest !== 0) rows.push(["(no name)", hex(decoded.rest)]);
      if (rows.length === 0) io.out(`${hex(value)}: no bits set`);
      else for (const line of renderTable([{ header: "name" }, { header: "hex", align: "right" }], rows)) io.out(line);
    }
    if (decoded.rest !== 0) {
      io.err(`${hex(decoded.rest)} of ${hex(value)} has no ${family} name on ${platform}`);
      return EXIT_ABSENT;
    }
    return EXIT_OK;
  },
};
