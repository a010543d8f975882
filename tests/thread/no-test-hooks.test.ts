import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

/** What ships: the sources, lib/ (the App, the package) and the bundles (the Action, the bin). */
const SHIPPED = [
  "action",
  "app",
  "cli",
  "core",
  "github",
  "local",
  "prometheus",
  "thread",
  "lib",
  "dist/index.js",
  "bin",
];

function* files(path: string): Iterable<string> {
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory()) return yield path;
  for (const entry of readdirSync(path)) yield* files(join(path, entry));
}

describe("test hooks", () => {
  it("ship nowhere: the tests inject what they need (tests/support/stall-thread.mjs)", () => {
    const shipped = SHIPPED.flatMap((path) => [...files(join(ROOT, path))]).filter((file) =>
      /\.(ts|js|mjs|cjs)$/.test(file),
    );
    expect(shipped.length).toBeGreaterThan(100);
    const hooked = shipped.filter((file) =>
      readFileSync(file, "utf8").includes("ROADMAP_GATE_TEST_"),
    );
    expect(hooked.map((file) => relative(ROOT, file))).toEqual([]);
  });
});
