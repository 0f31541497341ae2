import type { Command } from "./command.js";

const COMMON = [
  "Options:",
  "  -p, --platform ID   a platform id (see `sockconst platforms`); the host's when left out",
  "      --family NAME   (diff) only this family",
  "      --role ROLE     (name, list) in an option family: option (the default), cmsg, value, flag, other",
  "      --json          machine-readable output on stdout",
  "  -h, --help          this help",
  "  -v, --version       the version of sockconst",
  "",
  "Exit status: 0 answered, 1 the answer is absent, 2 bad usage (message on stderr).",
].join("\n");

export function overview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.usage.length));
  return [
    "sockconst: C socket constants (AF_*, SO_*, TCP_*, MSG_*, ...) on every platform",
    "",
    "Usage:",
    ...commands.map((command) => `  ${command.usage.padEnd(width)}  ${command.summary}`),
    "",
    COMMON,
    "",
    "`sockconst COMMAND --help` explains one command.",
  ].join("\n");
}

export function commandHelp(command: Command): string {
  return [`Usage: ${command.usage}`, "", command.summary, "", command.details, "", COMMON].join("\n");
}
