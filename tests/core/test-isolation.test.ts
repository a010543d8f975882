import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { glob } from "tinyglobby";
import { describe, expect, it } from "vitest";
import { E2E_ISOLATED } from "../../vitest.config.js";

const ROOT = join(import.meta.dirname, "../..");

/** What leaks into the next file when files share one module graph (isolate: false). */
const LEAKS = [
  /\bvi\.(mock|doMock|stubEnv|stubGlobal|useFakeTimers)\(/,
  /\bprocess\.env(\.\w+|\[[^\]]+\])\s*=[^=]/,
  /\bdelete process\.env\b/,
  /\blimitEvaluationThreads\(/,
];

describe("surface tests that share a module graph", () => {
  it("leave no mock, environment or thread limit behind: files that set one run isolated", async () => {
    const files = await glob(["tests/**/*.test.ts"], {
      cwd: ROOT,
      ignore: [
        "tests/core/**",
        "tests/format/**",
        "tests/schema/**",
        "tests/pull-request/**",
        "tests/github/**",
      ],
    });
    const leaking: string[] = [];
    for (const file of files) {
      const text = await readFile(join(ROOT, file), "utf8");
      if (LEAKS.some((leak) => leak.test(text))) leaking.push(relative(".", file));
    }
    expect(leaking.length).toBeGreaterThan(0);
    expect(leaking.filter((file) => !E2E_ISOLATED.includes(file)).sort()).toEqual([]);
  });
});
