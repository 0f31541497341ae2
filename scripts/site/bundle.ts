/** The page script: site/src with the runtime it imports, as one classic script (file:// pages cannot load ES modules). */
import { build } from "esbuild";

export async function bundlePage(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
  });
}
