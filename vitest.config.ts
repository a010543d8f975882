import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "core/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ["tests/support/global-setup.ts"],
    // Vitest's default is one file at a time on a 2-core machine (cores - 1). Many files mostly
    // wait on a child process (the built Action, the Probot server), so three at once overlap
    // that waiting without starving the files that compute.
    maxWorkers: 3,
  },
});
