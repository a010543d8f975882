import { resolve } from "node:path";
import { defineConfig } from "vitest/config";
import { PACKAGING } from "../vitest.config.js";

/**
 * What is shipped, built, installed and deployed as users get it: the App image (podman build,
 * then run), the CLI installed from a git URL, from a tarball and by the pre-commit client, App
 * replicas sharing a real Redis, and the built bin's memory on 1 MiB files. Minutes of work, so
 * not in `npm test`: .ci/run runs it as its own step (`npm run test:packaging`).
 */
export default defineConfig({
  test: {
    root: resolve(import.meta.dirname, ".."),
    include: ["tests/image/*.e2e.ts", "tests/cli/*.e2e.ts", ...PACKAGING],
    // lib/ and the CLI bundle rebuilt first when older than the sources, as in `npm test`.
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 120_000,
    // The files keep the CPU busy (npm installs, an image build, replicas): one at a time.
    fileParallelism: false,
  },
});
