import * as z from "zod/mini";
import { family, isPlatform, table, SockconstError, type PlatformId, type Role } from "./runtime.js";
import { UsageError } from "./io.js";

// zod/mini rather than zod: the CLI bundle carries only the checks it uses (tens of KB, not hundreds).

/** The runtime's own message for a bad input, so the CLI and the library word errors alike. */
function runtimeMessage(probe: () => unknown): string | undefined {
  try {
    probe();
  } catch (error) {
    if (error instanceof SockconstError) return error.message;
    throw error;
  }
  return undefined;
}

/** A string schema whose one check returns an error message, or undefined when the input is fine. */
function stringChecked(problem: (value: string) => string | undefined) {
  return z.string().check(
    z.superRefine((value: string, ctx) => {
      const message = problem(value);
      if (message !== undefined) ctx.addIssue({ code: "custom", message, input: value });
    }),
  );
}

const platformSchema = stringChecked((value) =>
  isPlatform(value) ? undefined : runtimeMessage(() => table(value as PlatformId)),
);

const familySchema = stringChecked((value) => runtimeMessage(() => family(value)));

const nameSchema = stringChecked((value) =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(value)
    ? undefined
    : `${JSON.stringify(value)} is not a constant name (a C identifier such as TCP_NODELAY)`,
);

/**
 * An integer as people paste it from C, a trace or a debugger: decimal, 0x hex, 0o octal, 0b binary, an
 * optional minus sign, `_` separators. A leading zero (0644) is refused: C reads it as octal, a person
 * often means decimal, and guessing wrong would decode the wrong bits.
 */
const INTEGER = /^(-?)(0x[0-9a-f]+|0o[0-7]+|0b[01]+|0|[1-9][0-9]*)$/i;

function integerText(text: string): number | undefined {
  const match = INTEGER.exec(text.trim().replace(/_/g, ""));
  if (match === null) return undefined;
  const magnitude = Number(match[2]!.toLowerCase());
  return match[1] === "-" ? -magnitude : magnitude;
}

const integerSchema = stringChecked((text) => {
  const value = integerText(text);
  if (value === undefined) {
    const hint = /^-?0[0-7]+$/.test(text.trim())
      ? ` (write 0o${text.trim().replace(/^-?0+/, "")} for octal, or drop the leading zero for decimal)`
      : " (expected decimal, 0x hex, 0o octal or 0b binary)";
    return `${JSON.stringify(text)} is not an integer${hint}`;
  }
  if (!Number.isSafeInteger(value)) return `${text} is too large to be exact (the limit is 2^53 - 1)`;
  return undefined;
});

function check(schema: z.ZodMiniType<string, string>, input: string, what: string): string {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new UsageError(result.error.issues[0]?.message ?? `invalid ${what}: ${JSON.stringify(input)}`);
}

const roleSchema = z.enum(["option", "cmsg", "value", "flag", "other"]);

/** --role, when given. */
export function parseRole(input: string | undefined): Role | undefined {
  if (input === undefined) return undefined;
  const result = roleSchema.safeParse(input);
  if (result.success) return result.data;
  throw new UsageError(`--role ${JSON.stringify(input)} is not a role; roles: ${roleSchema.options.join(", ")}`);
}

export const parsePlatform = (input: string): PlatformId => check(platformSchema, input, "platform") as PlatformId;
export const parseFamily = (input: string): string => check(familySchema, input, "family");
export const parseName = (input: string): string => check(nameSchema, input, "name");
export const parseInteger = (input: string): number => integerText(check(integerSchema, input, "value"))!;
