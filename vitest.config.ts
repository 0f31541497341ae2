import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Evidence tests compile and run probes for many targets; they are slow by nature, not by accident.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
