/** Where a command writes: kept apart from process so the commands are plain functions of their input. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** Exit statuses: 0 answered, 1 the answer is "absent", 2 the command line was wrong. */
export const EXIT_OK = 0;
export const EXIT_ABSENT = 1;
export const EXIT_USAGE = 2;

/** A mistake in the command line: reported on stderr with exit status 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export function printJson(io: Io, value: unknown): void {
  // undefined is not JSON: absent values are written as null.
  io.out(JSON.stringify(value, (_key, v: unknown) => (v === undefined ? null : v), 2));
}
