// The README's FFI examples are these files, run here against the kernel with koffi: the README quotes
// each whole, so what it shows is code that ran.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { onLinuxX64 } from "./libc.js";

const root = join(import.meta.dirname, "..", "..");
const example = (name: string) => join(root, "test/codec/examples", name);
// Node resolves `sockconst` and `sockconst/codec` to this package's own dist/ (a package may import itself by
// name through its exports), which the test setup builds.
const run = (name: string) => spawnSync(process.execPath, [example(name)], { cwd: root, encoding: "utf8", timeout: 30_000 });

describe("README examples", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  it.each(["keepalive.mjs", "linger-bind.mjs"])("the README quotes %s whole", (name) => {
    expect(readme).toContain("```js\n" + readFileSync(example(name), "utf8") + "```\n");
  });

  it.runIf(onLinuxX64)("keepalive.mjs sets keepalive on a loopback connection and reads it back", () => {
    const r = run("keepalive.mjs");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("true 60\n");
  });

  it.runIf(onLinuxX64)("linger-bind.mjs binds to [::1] and decodes the address the kernel chose", () => {
    const r = run("linger-bind.mjs");
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^\{\n  family: 'AF_INET6',\n  address: '::1',\n  port: [1-9]\d*,\n  flowinfo: 0,\n  scopeId: 0\n\}\n$/);
  });
});
