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

/**
 * Surface tests that replace a module or change this process's environment: each runs isolated.
 * The other surface tests share one module graph per worker (isolate: false): re-importing the
 * fake GitHub, the harnesses and their dependencies for every file was a fifth of their CPU.
 * tests/support/isolation.test.ts fails when a file that does either is missing here.
 */
export const E2E_ISOLATED = [
  "tests/action/main.test.ts",
  "tests/app/fast-reader-switch.test.ts",
  "tests/app/serverless.test.ts",
  "tests/cli/fast-reader-switch.test.ts",
  "tests/thread/evaluation-thread.test.ts",
  "tests/thread/gather-pull-request.test.ts",
];

/**
 * Run by `npm run test:packaging` (tests/packaging.vitest.config.ts), which .ci/run runs after
 * `npm test`: installs (the pre-commit client installing the hook with npm), deployments (App
 * replicas sharing a real Redis, killed and restarted) and the built bin's memory on 1 MiB files.
 * Each spends tens of seconds of CPU on one question, so they are not in the quick suite.
 */
export const PACKAGING = [
  "tests/cli/pre-commit-hook.test.ts",
  "tests/cli/bin-memory.test.ts",
  "tests/app/replicas/killed-replica.test.ts",
  "tests/app/replicas/redeliver.test.ts",
  "tests/app/replicas/redis-throttling.test.ts",
];

const E2E_SETUP = ["tests/support/global-setup.ts", "tests/support/prometheus-setup.ts"];

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
          // The CLI, the built Action, the Probot server and worker threads, with lib/ rebuilt
          // once first when it is older than the sources. The Prometheus tests are all here: one
          // line for the whole run when they are skipped.
          include: ["tests/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...UNIT, ...E2E_ISOLATED, ...PACKAGING],
          isolate: false,
          globalSetup: E2E_SETUP,
        },
      },
      {
        extends: true,
        test: { name: "e2e-isolated", include: E2E_ISOLATED, globalSetup: E2E_SETUP },
      },
    ],
  },
});
