import { compare, describeEntry } from "../runtime.js";
import type { ValueType } from "../../describe.js";
import { parseName } from "../args.js";
import type { Command } from "../command.js";
import { hex, renderTable } from "../format.js";
import { EXIT_ABSENT, EXIT_OK, printJson } from "../io.js";
import { chosenPlatform } from "../platform.js";

function valueType(t: ValueType): string {
  switch (t.kind) {
    case "none":
      return "none (the value is ignored)";
    case "int":
      return `${t.c} (${t.signed ? "signed" : "unsigned"} integer, ${t.size} bytes)`;
    case "bool":
      return `${t.c} (boolean, ${t.size} bytes)`;
    default:
      return `${t.c} (${t.kind})`;
  }
}

export const describe: Command = {
  name: "describe",
  usage: "sockconst describe NAME [--platform ID] [--json]",
  summary: "a constant's value, family, role, level, value type, header and header source",
  details: [
    "Everything known about NAME on the platform (the host's without --platform): value, family and kind,",
    "the setsockopt level for options, the defining header, and the header packages with their versions.",
    "Exit status 1 when the platform lacks the name.",
    "Example: sockconst describe TCP_NODELAY --platform linux-arm64",
  ].join("\n"),
  arguments: { min: 1, max: 1, names: "NAME" },
  options: ["platform"],
  async run(invocation, io) {
    const name = parseName(invocation.positionals[0]!);
    const platform = chosenPlatform(invocation.platform);
    const { describe: describeConstant } = await describeEntry();
    const found = describeConstant(name, platform);
    if (found === undefined) {
      const where = Object.entries(compare(name))
        .filter(([, v]) => v !== undefined)
        .map(([id]) => id);
      if (invocation.json) printJson(io, { name, platform, defined: false, definedOn: where });
      io.err(`${name} is not defined on ${platform}; it is defined on: ${where.join(", ")}`);
      return EXIT_ABSENT;
    }
    if (invocation.json) {
      printJson(io, { ...found, defined: true });
      return EXIT_OK;
    }
    const rows: string[][] = [
      ["name", found.name],
      ["platform", found.platform],
      ["value", `${found.value} (${hex(found.value)})`],
      ["family", found.family === undefined ? "(none)" : `${found.family} (${found.kind})`],
    ];
    rows.push(["role", found.roles.join(", ")]);
    if (found.levels.length > 0) {
      rows.push(["level", found.levels.map((l) => `${l.name}${l.value === undefined ? "" : ` = ${l.value}`}`).join(", ")]);
    }
    const option = found.option;
    if (option !== undefined) {
      if (option.access !== undefined) rows.push(["access", option.access]);
      if (option.type !== undefined) rows.push(["value type", valueType(option.type)]);
      if (option.untyped !== undefined) rows.push(["value type", `unknown: ${option.untyped}`]);
      if (option.unit !== undefined) rows.push(["unit", option.unit]);
      if (option.of !== undefined) rows.push(["value of", option.of]);
      if (option.note !== undefined) rows.push(["note", option.note]);
      for (const c of option.sources) rows.push(["documented", `${c.doc}${c.section ? `, ${c.section}` : ""} (${c.from})`]);
    }
    rows.push(["header", `<${found.header}> line ${found.line} (${found.definition})`]);
    if (found.source !== undefined)
      rows.push(["source", `${found.source.package} ${found.source.version} (${found.source.registry})`]);
    rows.push(["compiler", `${found.compiler}, ${found.triple}`]);
    for (const line of renderTable([{ header: "" }, { header: "" }], rows).slice(1)) io.out(line);
    return EXIT_OK;
  },
};
