import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, runMain, tempRepo } from "./cli-harness.js";

/** The `text` blocks of the README's section `heading`, in order. */
async function outputsShown(heading: string): Promise<string[]> {
  const readme = await readFile(join(REPO, "README.md"), "utf8");
  const start = readme.indexOf(`\n## ${heading}\n`);
  expect(start, `the README has a section "${heading}"`).toBeGreaterThan(0);
  const end = readme.indexOf("\n## ", start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^```text\n([\s\S]*?)^```$/gm)].map(([, body]) => body!);
}

describe("the README's five minutes in your own repository", () => {
  it("shows what init and validate print, before and after the edit it describes", async () => {
    const [initShown, passShown, failShown, ...more] = await outputsShown(
      "Five minutes: your own repository",
    );
    expect(more).toEqual([]);
    const { repo } = await tempRepo({});

    const init = await runMain(["init"], repo);
    expect(init.code).toBe(0);
    expect(init.stdout).toBe(initShown);

    const pass = await runMain(["validate"], repo);
    expect(pass.code).toBe(0);
    expect(pass.stdout).toBe(passShown);

    // "start logging with the second slice instead of the first"
    const file = join(repo, "roadmap/example.yaml");
    const item = await readFile(file, "utf8");
    const logging = "how: Structured logs with a request id\n    from_slice: first-slice";
    expect(item).toContain(logging);
    await writeFile(file, item.replace(logging, logging.replace("first-slice", "second-slice")));
    const fail = await runMain(["validate"], repo);
    expect(fail.code).toBe(1);
    expect(fail.stdout).toBe(failShown);
  });
});
