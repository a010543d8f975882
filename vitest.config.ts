import { configDefaults, defineConfig } from "vitest/config";
import SlowFirst from "./tests/support/slow-first.js";

/** Tests of pure code: they share one module graph per worker (isolate: false), a third of their time. */
const UNIT = [
  "tests/core/**/*.test.ts",
  "tests/format/**/*.test.ts",
  "tests/schema/**/*.test.ts",
  "tests/pull-request/**/*.test.ts",
  "tests/github/**/*.test.ts",
  "core/**/*.test.ts",
];

/**
 * Pure tests that replace a module (vi.mock): in the shared module graph the mock would leak into
 * other files, or the real module already loaded would win; so each runs isolated.
 */
const MOCKING = ["tests/core/read-options.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default is one file at a time on a 2-core machine (cores - 1). Many files mostly
    // wait on a child process (the built Action, the Probot server), so three at once overlap
    // that waiting without starving the files that compute.
    maxWorkers: 3,
    sequence: { sequencer: SlowFirst },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: UNIT,
          exclude: [...configDefaults.exclude, ...MOCKING],
          isolate: false,
        },
      },
      { extends: true, test: { name: "unit-isolated", include: MOCKING } },
      {
        extends: true,
        test: {
          name: "e2e",
          // The CLI, the built Action, the Probot server and worker threads: each file isolated,
          // and lib/ rebuilt once first when it is older than the sources. The Prometheus tests
          // are all here: one line for the whole run when they are skipped.
          include: ["tests/**/*.test.ts"],
          exclude: UNIT,
          globalSetup: ["tests/support/global-setup.ts", "tests/support/prometheus-setup.ts"],
        },
      },
    ],
  },
});
