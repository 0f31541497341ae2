/**
 * npm run build: the package as published, in dist/.
 * - the runtime (src/, without the CLI) and the generated modules, compiled by tsc: .d.ts files that keep
 *   every constant's JSDoc for editors, and .js files without comments so they load fast;
 * - the CLI, bundled by esbuild with its argument checks (zod/mini) and the package version, loading the
 *   runtime (dist/src/index.js) and, when asked, the describe and codec entries at run time;
 * - the generated modules again through esbuild, their syntax minified (names stay, and so does each
 *   table's pure annotation, which whitespace minification would drop and with it tree-shaking).
 */
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { build } from "esbuild";
import { root } from "../lib/paths.js";
import { runMain } from "../lib/main.js";

const require = createRequire(import.meta.url);
const tsc = (...args: string[]) => execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json", ...args], { cwd: root, stdio: "inherit" });

runMain(async () => {
  const dist = path.join(root, "dist");
  fs.rmSync(dist, { recursive: true, force: true });
  tsc("--emitDeclarationOnly");
  tsc("--removeComments", "--declaration", "false");
  const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
  await build({
    entryPoints: [path.join(root, "src/cli/main.ts")],
    outfile: path.join(dist, "src/cli/main.js"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node18",
    external: ["../index.js", "../describe.js", "../history.js", "../codec/index.js"],
    define: { SOCKCONST_VERSION: JSON.stringify(version) },
    logLevel: "warning",
  });
  const generated = path.join(root, "generated");
  const modules = fs.readdirSync(generated, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  await build({
    entryPoints: modules.map((f) => path.join(generated, f)),
    outbase: generated,
    outdir: path.join(dist, "generated"),
    format: "esm",
    minifySyntax: true,
    logLevel: "warning",
  });
  return 0;
});
