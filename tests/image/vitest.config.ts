import { resolve } from "node:path";
import { defineConfig } from "vitest/config";

/** The App image test alone (`npx vitest run --config tests/image/vitest.config.ts`, from .ci/run). */
export default defineConfig({
  test: {
    root: resolve(import.meta.dirname, "../.."),
    include: ["tests/image/app-image.e2e.ts"],
    testTimeout: 120_000,
  },
});
