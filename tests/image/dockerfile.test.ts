import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

/** The Dockerfile's stages: each `FROM` and the instructions under it, continuation lines joined. */
async function stages(): Promise<string[][]> {
  const text = await readFile(join(ROOT, "Dockerfile"), "utf8");
  const lines = text
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
  const result: string[][] = [];
  for (const line of lines) {
    if (/^FROM\s/i.test(line)) result.push([]);
    result.at(-1)?.push(line);
  }
  return result;
}

describe("Dockerfile", () => {
  it("copies every folder that tsconfig.build.json compiles into the build stage", async () => {
    const build = JSON.parse(await readFile(join(ROOT, "tsconfig.build.json"), "utf8")) as {
      include: string[];
    };
    const [buildStage] = await stages();
    const copied = buildStage!
      .filter((l) => /^COPY\s/i.test(l) && !/--from=/i.test(l))
      .map((l) => l.split(/\s+/).slice(1, -1))
      .flat()
      .map((source) => source.replace(/\/$/, ""));
    for (const folder of build.include) expect(copied, folder).toContain(folder);
  });

  it("builds and runs on Node 24 LTS", async () => {
    const from = (await stages()).map((stage) => stage[0]!.split(/\s+/)[1]);
    expect(from).toEqual(["node:24-slim", "node:24-slim"]);
  });

  it("installs the App's dependencies from its workspace, without the development ones", async () => {
    const runtime = (await stages()).at(-1)!;
    const ci = runtime.find((l) => /^RUN npm ci/.test(l));
    expect(ci).toMatch(/--omit=dev/);
    expect(ci).toMatch(/--workspace app/);
    expect(runtime).toContain("COPY app/package.json ./app/");
  });
});
