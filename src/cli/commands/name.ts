import { namesOf } from "../runtime.js";
import { parseFamily, parseInteger, parseRole } from "../args.js";
import type { Command } from "../command.js";
import { hex } from "../format.js";
import { EXIT_ABSENT, EXIT_OK, printJson } from "../io.js";
import { chosenPlatform } from "../platform.js";

export const name: Command = {
  name: "name",
  usage: "sockconst name FAMILY VALUE [--platform ID] [--role ROLE] [--json]",
  summary: "the names a family gives to a value (reverse lookup)",
  details: [
    "Prints every name of FAMILY whose value is VALUE on the platform (the host's without --platform),",
    "preferred name first: a name defined as another comes after it, then shortest first, then alphabetical.",
    "In an option family only options answer; --role cmsg, value, flag or other asks for the rest.",
    "Exit status 1 when no name has that value.",
    "VALUE is decimal, 0x hex, 0o octal or 0b binary; put -- before a negative value.",
    "Example: sockconst name TCP 4 --platform linux-x64",
  ].join("\n"),
  arguments: { min: 2, max: 2, names: "FAMILY VALUE" },
  options: ["platform", "role"],
  run(invocation, io) {
    const family = parseFamily(invocation.positionals[0]!);
    const value = parseInteger(invocation.positionals[1]!);
    const platform = chosenPlatform(invocation.platform);
    const names = namesOf(value, family, platform, parseRole(invocation.role));
    if (invocation.json) printJson(io, { family, value, platform, names });
    else for (const found of names) io.out(found);
    if (names.length === 0) {
      io.err(`no ${family} name has the value ${value} (${hex(value)}) on ${platform}`);
      return EXIT_ABSENT;
    }
    return EXIT_OK;
  },
};
