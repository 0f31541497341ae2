#!/usr/bin/env node
import { parseArgs } from "node:util";
import { SockconstError } from "./runtime.js";
import type { Command, Invocation } from "./command.js";
import { decode } from "./commands/decode.js";
import { describe } from "./commands/describe.js";
import { diff } from "./commands/diff.js";
import { list } from "./commands/list.js";
import { name } from "./commands/name.js";
import { platforms } from "./commands/platforms.js";
import { since } from "./commands/since.js";
import { value } from "./commands/value.js";
import { commandHelp, overview } from "./help.js";
import { EXIT_OK, EXIT_USAGE, UsageError, type Io } from "./io.js";

/** Set by the build (scripts/build/main.ts) from package.json; "development" when run from the sources. */
declare const SOCKCONST_VERSION: string | undefined;
const version = typeof SOCKCONST_VERSION === "string" ? SOCKCONST_VERSION : "development";

const commands: readonly Command[] = [value, name, decode, list, diff, describe, since, platforms];
const byName = new Map(commands.filter((command) => command !== value).map((command) => [command.name, command]));

/** Runs one command line and returns the exit status; every message goes through `io`. */
async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof SockconstError) {
      io.err(`sockconst: ${error.message}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

function dispatch(argv: readonly string[], io: Io): number | Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        platform: { type: "string", short: "p" },
        family: { type: "string" },
        role: { type: "string" },
        // No `default:` here: parseArgs only accepts it from Node 18.11, and engines says 18.
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    // parseArgs words its own errors well ("Unknown option '--x'"); it only needs our usage hint.
    throw new UsageError(`${(error as Error).message}; see sockconst --help`);
  }
  const [first, ...rest] = parsed.positionals;
  if (parsed.values.version === true) {
    io.out(version);
    return EXIT_OK;
  }

  if (first === "help") {
    const topic = rest[0] === undefined ? undefined : byName.get(rest[0]);
    io.out(topic === undefined ? overview(commands) : commandHelp(topic));
    return EXIT_OK;
  }
  const command = first === undefined ? undefined : (byName.get(first) ?? value);
  if (parsed.values.help === true) {
    io.out(command === undefined ? overview(commands) : commandHelp(command));
    return EXIT_OK;
  }
  if (command === undefined) {
    io.err(overview(commands));
    return EXIT_USAGE;
  }

  const positionals = command === value ? parsed.positionals : rest;
  const label = command === value ? "sockconst NAME" : `sockconst ${command.name}`;
  if (positionals.length < command.arguments.min || positionals.length > command.arguments.max) {
    const expected = command.arguments.names === "" ? "no arguments" : command.arguments.names;
    throw new UsageError(
      `${label} takes ${expected}, got ${positionals.length === 0 ? "none" : positionals.map((p) => JSON.stringify(p)).join(" ")}; usage: ${command.usage}`,
    );
  }
  for (const option of ["platform", "family", "role"] as const) {
    if (parsed.values[option] !== undefined && !command.options.includes(option)) {
      throw new UsageError(`${label} does not take --${option}; usage: ${command.usage}`);
    }
  }
  const invocation: Invocation = {
    positionals,
    platform: parsed.values.platform,
    family: parsed.values.family,
    role: parsed.values.role,
    json: parsed.values.json ?? false,
  };
  return command.run(invocation, io);
}

// A reader that stops early (`sockconst list TCP | head`) closes the pipe: that ends the output, not the program.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

const io: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
process.exitCode = await main(process.argv.slice(2), io);
