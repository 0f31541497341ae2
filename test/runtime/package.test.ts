// The package as installed from its tarball: exports, types, what a browser bundle of one target carries.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { consumerDir, distUrl, repoRoot } from "./paths.js";

type Runtime = typeof import("../../src/index.js");
let sc: Runtime;
const consumer = consumerDir();
const installed = join(consumer, "node_modules", "sockconst");
const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as {
  exports: Record<string, unknown>;
  dependencies?: Record<string, string>;
  bin: Record<string, string>;
};

beforeAll(async () => {
  sc = (await import(distUrl("src/index.js"))) as Runtime;
});

describe("package.json", () => {
  it("exports the runtime, describe, history, codec and exactly one entry per platform", () => {
    const expected = [".", "./describe", "./history", "./codec", ...sc.platforms.map((id) => `./${id}`), "./package.json"];
    expect(Object.keys(manifest.exports).sort()).toEqual(expected.sort());
  });

  it("has no runtime dependencies", () => {
    expect(Object.keys(manifest.dependencies ?? {})).toEqual([]);
  });

  it("ships dist only (no sources, tests, scripts or bench leftovers)", () => {
    const files = (
      JSON.parse(
        execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
          cwd: repoRoot,
          encoding: "utf8",
          stdio: ["ignore", "pipe", "ignore"],
        }),
      ) as { files: { path: string }[] }[]
    )[0]!.files.map((f) => f.path);
    expect(files).toContain("dist/src/cli/main.js");
    expect(files).toContain("dist/src/index.d.ts");
    expect(files).toContain("dist/generated/linux-x64.d.ts");
    const unexpected = files.filter((f) => !/^(dist\/(src|generated)\/|package\.json$|README\.md$|LICENSE)/.test(f));
    expect(unexpected).toEqual([]);
  });
});

describe("imports as a user makes them", () => {
  it("every export resolves from an installed copy and holds its table", () => {
    const script = [
      "import * as sc from 'sockconst';",
      "const out = {};",
      "for (const id of sc.platforms) out[id] = (await import('sockconst/' + id)).default.AF_INET;",
      "console.log(JSON.stringify(out));",
    ].join("\n");
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: consumer, encoding: "utf8" });
    expect(run.stderr).toBe("");
    const values = JSON.parse(run.stdout) as Record<string, number>;
    expect(Object.keys(values)).toEqual([...sc.platforms]);
    for (const value of Object.values(values)) expect(value).toBe(2); // AF_INET is 2 everywhere
  });

  it("keeps literal types per target and absent names out of a target's type", () => {
    writeFileSync(
      join(consumer, "types.ts"),
      [
        'import linux, { TCP_NODELAY, SO_REUSEPORT } from "sockconst/linux-x64";',
        'import { describe } from "sockconst/describe";',
        'import { since, type History } from "sockconst/history";',
        'const dated: History | undefined = since("SO_REUSEPORT", "linux-x64");',
        'const stated: string | undefined = dated?.since?.version;',
        "const named: 1 = TCP_NODELAY;",
        "const reuse: 15 = SO_REUSEPORT;",
        "// @ts-expect-error Linux has no TCP_KEEPALIVE export",
        'import("sockconst/linux-x64").then((m) => m.TCP_KEEPALIVE);',
        'const header: string | undefined = describe("TCP_NODELAY", "linux-x64")?.header;',
        'import darwin from "sockconst/darwin-arm64";',
        'import { lookup, platforms, SockconstError, type PlatformId } from "sockconst";',
        "const nodelay: 1 = linux.TCP_NODELAY;",
        "const keepalive: 0x10 = darwin.TCP_KEEPALIVE;",
        "// @ts-expect-error TCP_KEEPALIVE is not a Linux constant",
        "linux.TCP_KEEPALIVE;",
        "// @ts-expect-error the table is readonly",
        "linux.TCP_NODELAY = 2;",
        'const id: PlatformId = "win32-x64";',
        "// @ts-expect-error not a platform id",
        'const bad: PlatformId = "win32-x65";',
        'const value: number | undefined = lookup("TCP_NODELAY", id);',
        "const ids: readonly PlatformId[] = platforms;",
        "// @ts-expect-error platforms is readonly",
        "platforms.push(id);",
        "export const used = [nodelay, keepalive, bad, value, ids, SockconstError, named, reuse, header, stated];",
      ].join("\n"),
    );
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          noEmit: true,
          target: "ES2022",
          types: [],
        },
        files: ["types.ts"],
      }),
    );
    const tsc = createRequire(join(repoRoot, "package.json")).resolve("typescript/bin/tsc");
    const run = spawnSync(process.execPath, [tsc, "-p", join(consumer, "tsconfig.json")], { encoding: "utf8" });
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});

describe("browser bundles", () => {
  it("a bundle of one target carries that table and no other", async () => {
    const result = await build({
      stdin: { contents: 'import t from "sockconst/linux-x64"; console.log(t.TCP_KEEPIDLE);', resolveDir: consumer },
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs).filter((path) => path !== "<stdin>");
    expect(inputs).toEqual([expect.stringMatching(/dist\/generated\/linux-x64\.js$/)]);
    const text = result.outputFiles[0]!.text;
    const own = sc.table("linux-x64");
    // A name only another target defines would be in the bundle if that target's table leaked in.
    for (const id of sc.platforms) {
      const foreign = Object.keys(sc.table(id)).find((name) => !(name in own));
      if (foreign !== undefined) expect(text, `${id}'s ${foreign}`).not.toContain(foreign);
    }
    expect(text).toContain("TCP_KEEPIDLE");
  });

  it("a named import of one constant bundles to that constant alone", async () => {
    const result = await build({
      stdin: { contents: 'import { TCP_NODELAY } from "sockconst/linux-x64"; console.log(TCP_NODELAY);', resolveDir: consumer },
      bundle: true,
      minify: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
    });
    const text = result.outputFiles[0]!.text;
    expect(text).not.toContain("TCP_KEEPIDLE");
    expect(text.length).toBeLessThan(200);
  });

  it("the runtime bundle holds neither the codec, the layouts nor the option records", async () => {
    const result = await build({
      stdin: { contents: 'import { lookup } from "sockconst"; console.log(lookup("TCP_NODELAY", "linux-x64"));', resolveDir: consumer },
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    expect(Object.keys(result.metafile.inputs).filter((p) => /codec|layout|option/.test(p))).toEqual([]);
  });

  it("the codec entry encodes from an installed copy", () => {
    const script = [
      "import { encodeSockaddr, decodeOption } from 'sockconst/codec';",
      "const bytes = encodeSockaddr({ family: 'AF_INET', address: '127.0.0.1', port: 80 }, 'linux-x64');",
      "console.log(JSON.stringify([[...bytes], decodeOption('SO_LINGER', new Uint8Array([1, 0, 0, 0, 5, 0, 0, 0]), 'linux-x64')]));",
    ].join("\n");
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: consumer, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual([[2, 0, 0, 80, 127, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0], { onoff: true, linger: 5 }]);
  });

  it("the runtime bundle holds no provenance or history (describe and history are entries of their own)", async () => {
    const result = await build({
      stdin: { contents: 'import { lookup } from "sockconst"; console.log(lookup("TCP_NODELAY", "linux-x64"));', resolveDir: consumer },
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((p) => /meta|describe|history/.test(p))).toEqual([]);
    expect(inputs.filter((p) => /generated\/(linux|darwin|win32|freebsd|openbsd|netbsd)/.test(p))).toEqual([]);
  });

  it("the runtime bundles for the browser without Node built-ins or zod, and cannot tell the host there", async () => {
    const result = await build({
      stdin: {
        contents:
          'import { hostPlatform, lookup, decodeFlags } from "sockconst"; let noHost; try { lookup("TCP_NODELAY"); } catch (e) { noHost = e.code; } globalThis.out = JSON.stringify({ host: String(hostPlatform()), nodelay: lookup("TCP_NODELAY", "darwin-arm64"), msg: decodeFlags(0x42, "MSG", "linux-x64").names, noHost });',
        resolveDir: consumer,
      },
      bundle: true,
      platform: "browser",
      format: "iife",
      write: false,
      logLevel: "silent",
    });
    const text = result.outputFiles[0]!.text;
    expect(text).not.toMatch(/from\s*["']node:|require\(["']|zod/);
    // A context with only the language's globals: no process, no Deno, like a page.
    const context: { out?: string } = {};
    runInNewContext(text, context);
    expect(JSON.parse(context.out!)).toEqual({
      host: "undefined",
      nodelay: 1,
      msg: ["MSG_PEEK", "MSG_DONTWAIT"],
      noHost: "NO_HOST",
    });
  });
});
