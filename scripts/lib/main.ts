/**
 * Run a command-line entry: its exit code on success; on failure the error's message on one line
 * (plus the lines it chose to add), never a stack trace, and exit status 2.
 */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    },
  );
}
