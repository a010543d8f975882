import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without types
import { buildValidators, VALIDATORS_FILE } from "../../scripts/build-validators.mjs";

describe("the precompiled validators", () => {
  it("are the ones the published schemas compile to (run `npm run generate`)", async () => {
    const committed = await readFile(VALIDATORS_FILE, "utf8");
    expect(committed === (await buildValidators())).toBe(true);
  });
});
