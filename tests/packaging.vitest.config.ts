import { resolve } from "node:path";
import { defineConfig } from "vitest/config";

/**
 * What is shipped, built and installed as users get it: the App image (podman build, then run) and
 * the CLI installed from a git URL and from a tarball. Minutes of work, so not in `npm test`:
 * .ci/run runs it as its own step (`npx vitest run --config tests/packaging.vitest.config.ts`).
 */
export default defineConfig({
  test: {
    root: resolve(import.meta.dirname, ".."),
    include: ["tests/image/*.e2e.ts", "tests/cli/*.e2e.ts"],
    testTimeout: 120_000,
    // Both files keep the CPU busy (npm installs, an image build): one at a time.
    fileParallelism: false,
  },
});
