import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../../..");
const read = (path: string) => readFileSync(resolve(ROOT, path), "utf8");

// No registry for base images here, so the image is not built in tests: these are the two ways
// its replica deployment broke (production install without ioredis; sources the build needs).
describe("the image (Dockerfile)", () => {
  it("installs ioredis with the production dependencies, which Probot loads when REDIS_URL is set", () => {
    const pkg = JSON.parse(read("package.json")) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.dependencies.ioredis).toMatch(/^\^5\./);
    expect(pkg.devDependencies.ioredis).toBeUndefined();
    expect(read("Dockerfile")).toMatch(/npm ci --omit=dev/);
  });

  it("copies every folder the App is compiled from", () => {
    const build = JSON.parse(read("tsconfig.build.json")) as { include: string[] };
    const copied = [...read("Dockerfile").matchAll(/^COPY (\S+) \.\/\S+$/gm)].map((m) => m[1]);
    expect(build.include.filter((folder) => !copied.includes(folder))).toEqual([]);
  });
});
