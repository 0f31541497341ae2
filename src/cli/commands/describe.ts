import { codecEntry, compare, describeEntry } from "../runtime.js";
import type { ValueType } from "../../describe.js";
import type { StructLayout } from "../../layout.js";
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

/** The option's value on this platform as the codec lays it out: its size and, for a struct, each member. */
async function valueLayout(name: string, platform: string) {
  const { optionType } = await codecEntry();
  try {
    const { size, layout } = optionType(name, platform as Parameters<typeof optionType>[1]);
    return { size, layout };
  } catch (e) {
    // No layout was harvested for the struct here, or the records leave the type open: nothing to show.
    if (e instanceof Error && "code" in e) return { size: undefined, layout: undefined };
    throw e;
  }
}

function layoutRows(layout: StructLayout): string[][] {
  const place = (f: StructLayout["fields"][number]) =>
    f.bits !== undefined ? `bits ${f.bits.offset}-${f.bits.offset + f.bits.width - 1}` : `offset ${f.offset}${f.size === undefined ? "" : `, ${f.size} byte${f.size === 1 ? "" : "s"}`}`;
  const members = renderTable(
    [{ header: "" }, { header: "" }, { header: "" }],
    layout.fields.map((f) => [f.name, place(f), f.type]),
  ).slice(1);
  return [["layout", `${layout.c}: ${layout.size} bytes, aligned to ${layout.align}`], ...members.map((m) => ["", `  ${m}`])];
}

export const describe: Command = {
  name: "describe",
  usage: "sockconst describe NAME [--platform ID] [--json]",
  summary: "a constant's value, family, role, level, value type and layout, header and header source",
  details: [
    "Everything known about NAME on the platform (the host's without --platform): value, family and kind,",
    "the setsockopt level for options, the defining header, and the header packages with their versions.",
    "For an option, its value type there and, for a struct, the struct's layout (each member's offset and size).",
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
    const typed = found.option?.type !== undefined && found.roles.includes("option") ? await valueLayout(name, platform) : undefined;
    if (invocation.json) {
      printJson(io, { ...found, defined: true, ...(typed?.size !== undefined ? { size: typed.size } : {}), ...(typed?.layout ? { layout: typed.layout } : {}) });
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
      if (typed?.size !== undefined && option.type?.kind === "struct") rows.push(["size", `${typed.size} bytes`]);
      if (typed?.layout !== undefined) rows.push(...layoutRows(typed.layout));
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
