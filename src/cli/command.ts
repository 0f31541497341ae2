import type { Io } from "./io.js";

/** The command line after node:util parseArgs, before any value is checked. */
export interface Invocation {
  readonly positionals: readonly string[];
  readonly platform: string | undefined;
  readonly family: string | undefined;
  readonly role: string | undefined;
  readonly json: boolean;
}

export interface Command {
  readonly name: string;
  /** The synopsis, e.g. "sockconst decode FAMILY VALUE [--platform ID] [--json]". */
  readonly usage: string;
  readonly summary: string;
  /** Further paragraphs of --help: what the output is, which exit status means what, an example. */
  readonly details: string;
  readonly arguments: { readonly min: number; readonly max: number; readonly names: string };
  /** The options besides --json and --help this command accepts. */
  readonly options: readonly ("platform" | "family" | "role")[];
  run(invocation: Invocation, io: Io): number | Promise<number>;
}
