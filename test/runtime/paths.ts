import { existsSync } from "node:fs";
import { inject } from "vitest";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const dist = join(repoRoot, "dist");

/** A built file's URL for import(); a clear failure when dist/ was not built. */
export function distUrl(path: string): string {
  const file = join(dist, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` (npm run test:runtime does)`);
  return pathToFileURL(file).href;
}

/** The scratch project holding the installed package, made by global-setup.ts. */
export function consumerDir(): string {
  const dir = inject("consumer");
  if (typeof dir !== "string") {
    throw new Error(
      "no installed package: run these tests with `npm test` (vitest.config.ts has the global setup)",
    );
  }
  return dir;
}
