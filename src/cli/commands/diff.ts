import { familyOf, table } from "../runtime.js";
import { parseFamily, parsePlatform } from "../args.js";
import type { Command } from "../command.js";
import { ABSENT, hex, renderTable } from "../format.js";
import { EXIT_OK, printJson } from "../io.js";

const cell = (value: number | undefined) => (value === undefined ? ABSENT : `${hex(value)} (${value})`);

export const diff: Command = {
  name: "diff",
  usage: "sockconst diff PLATFORM PLATFORM [--family FAMILY] [--json]",
  summary: "the constants whose values differ between two platforms",
  details: [
    `Lists every name (of FAMILY, with --family) whose value differs between the two platforms, "${ABSENT}"`,
    "where one platform lacks it; names equal on both are left out. Exit status 0 whether or not they differ.",
    "Example: sockconst diff linux-x64 darwin-arm64 --family TCP",
  ].join("\n"),
  arguments: { min: 2, max: 2, names: "PLATFORM PLATFORM" },
  options: ["family"],
  run(invocation, io) {
    const left = parsePlatform(invocation.positionals[0]!);
    const right = parsePlatform(invocation.positionals[1]!);
    const family = invocation.family === undefined ? undefined : parseFamily(invocation.family);
    const a = table(left);
    const b = table(right);
    const names = [...new Set([...Object.keys(a), ...Object.keys(b)])]
      .filter((found) => a[found] !== b[found])
      .filter((found) => family === undefined || familyOf(found)?.name === family)
      .sort();
    if (invocation.json) {
      printJson(io, {
        platforms: [left, right],
        family: family ?? null,
        differences: names.map((found) => ({ name: found, [left]: a[found], [right]: b[found] })),
      });
      return EXIT_OK;
    }
    if (names.length === 0) {
      io.out(`no differences between ${left} and ${right}${family === undefined ? "" : ` in ${family}`}`);
      return EXIT_OK;
    }
    const rows = names.map((found) => [found, cell(a[found]), cell(b[found])]);
    const columns = [
      { header: "name" },
      { header: left, align: "right" as const },
      { header: right, align: "right" as const },
    ];
    for (const line of renderTable(columns, rows)) io.out(line);
    io.out(`${names.length} name${names.length === 1 ? "" : "s"} differ`);
    return EXIT_OK;
  },
};
