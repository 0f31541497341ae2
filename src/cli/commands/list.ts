import { families, list as membersOf } from "../runtime.js";
import { parseFamily, parsePlatform, parseRole } from "../args.js";
import type { Command } from "../command.js";
import { hex, renderTable } from "../format.js";
import { EXIT_ABSENT, EXIT_OK, printJson } from "../io.js";
import { chosenPlatform } from "../platform.js";

export const list: Command = {
  name: "list",
  usage: "sockconst list [FAMILY] [--platform ID] [--role ROLE] [--json]",
  summary: "the constants of a family on a platform, or every family",
  details: [
    "With FAMILY: every name of the family on the platform (the host's without --platform) with its value,",
    "ordered by value; an option family lists its options unless --role asks for its cmsg types, values,",
    "flags or other names. Exit status 1 when the platform has none. Without FAMILY: every family, its kind",
    "and, for options, its setsockopt level.",
    "Example: sockconst list TCP --platform darwin-arm64",
  ].join("\n"),
  arguments: { min: 0, max: 1, names: "[FAMILY]" },
  options: ["platform", "role"],
  run(invocation, io) {
    if (invocation.positionals.length === 0) {
      // The list of families is the same everywhere, but a wrong --platform is still a wrong command line.
      if (invocation.platform !== undefined) parsePlatform(invocation.platform);
      if (invocation.json) {
        printJson(io, families);
        return EXIT_OK;
      }
      const rows = families.map((f) => [f.name, f.kind, f.level ?? "", f.description]);
      const columns = [{ header: "family" }, { header: "kind" }, { header: "level" }, { header: "description" }];
      for (const line of renderTable(columns, rows)) io.out(line);
      return EXIT_OK;
    }
    const family = parseFamily(invocation.positionals[0]!);
    const platform = chosenPlatform(invocation.platform);
    const members = membersOf(family, platform, parseRole(invocation.role));
    if (invocation.json) {
      printJson(io, { family, platform, constants: Object.fromEntries(members) });
    } else {
      const rows = members.map(([found, value]) => [found, hex(value), String(value)]);
      const columns = [
        { header: "name" },
        { header: "hex", align: "right" as const },
        { header: "decimal", align: "right" as const },
      ];
      for (const line of renderTable(columns, rows)) io.out(line);
    }
    if (members.length === 0) {
      io.err(`${platform} defines no ${family} constant`);
      return EXIT_ABSENT;
    }
    return EXIT_OK;
  },
};
