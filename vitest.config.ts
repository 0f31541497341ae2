import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The runtime and CLI suites test what a user installs: the global setup builds dist/, packs it and
    // installs the tarball into a scratch project.
    globalSetup: ["test/runtime/global-setup.ts"],
    // Evidence tests compile and run probes for many targets; they are slow by nature, not by accident.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
