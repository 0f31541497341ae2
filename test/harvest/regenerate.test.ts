import { describe, expect, it } from "vitest";
import { generate } from "../../scripts/generate/generate.js";

describe("generated/", () => {
  it("is exactly what regenerating from headers-cache/ produces", async () => {
    expect(await generate({ check: true })).toEqual([]);
  });
});
