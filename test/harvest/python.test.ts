import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { readCommitted } from "../../scripts/harvest/committed.js";

/**
 * Independent evidence for linux-x64: CPython's socket module on this machine was compiled against
 * the system's own headers by another compiler; every integer it shares with the table must agree.
 */
describe("linux-x64 against this machine's Python socket module", () => {
  const script =
    "import socket, json; print(json.dumps({k: int(v) for k, v in vars(socket).items() if k.isupper() and isinstance(v, int) and not isinstance(v, bool)}))";

  it("agrees on every shared constant", () => {
    const python = JSON.parse(execFileSync("python3", ["-c", script], { encoding: "utf8" })) as Record<string, number>;
    const table = readCommitted("linux-x64")!.constants;
    const shared = Object.keys(python).filter((n) => n in table);
    const differing = shared.filter((n) => python[n] !== table[n]!.value).map((n) => `${n}: python ${python[n]}, table ${table[n]!.value}`);
    expect(differing).toEqual([]);
    // Python exposes ~340 integer constants on Linux; most must be in the table for this to be evidence.
    expect(shared.length).toBeGreaterThan(300);
  });
});
