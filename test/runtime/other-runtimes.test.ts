// The runtime under Bun and Deno, from the npm packages `bun` and `deno` (binaries inside the registry
// package). Found in node_modules/.bin, on PATH, or at $SOCKCONST_BUN / $SOCKCONST_DENO; skipped otherwise.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { describe, expect, it } from "vitest";
import { distUrl, repoRoot } from "./paths.js";

function find(name: string, variable: string): string | undefined {
  const fromEnv = process.env[variable];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const dirs = [join(repoRoot, "node_modules", ".bin"), ...(process.env.PATH ?? "").split(delimiter)];
  return dirs.map((dir) => join(dir, name)).find((candidate) => existsSync(candidate));
}

const smoke = join(repoRoot, "test", "runtime", "smoke", "smoke.mjs");

async function expectedHost(): Promise<string> {
  const sc = (await import(distUrl("src/index.js"))) as typeof import("../../src/index.js");
  return sc.hostPlatform() ?? "null";
}

const runtimes = [
  { name: "bun", binary: find("bun", "SOCKCONST_BUN"), args: [smoke] },
  { name: "deno", binary: find("deno", "SOCKCONST_DENO"), args: ["run", "--no-prompt", "--no-config", smoke] },
];

describe("other runtimes", () => {
  for (const runtime of runtimes) {
    it.skipIf(runtime.binary === undefined)(`${runtime.name} runs the built runtime`, async () => {
      const run = spawnSync(runtime.binary!, [...runtime.args, await expectedHost()], {
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" },
      });
      expect(run.stderr + run.stdout).toContain("smoke ok");
      expect(run.status).toBe(0);
    });
  }
});
