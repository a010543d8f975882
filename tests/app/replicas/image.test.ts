import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../../..");
const read = (path: string) => readFileSync(resolve(ROOT, path), "utf8");

// The replica deployment once broke at boot: the production install had no ioredis, which Probot
// loads only when REDIS_URL is set. The image installs the app workspace's dependencies
// (tests/image/ builds it for real and checks what it copies).
describe("the image (Dockerfile)", () => {
  it("installs ioredis with the App's production dependencies, which Probot loads when REDIS_URL is set", () => {
    const app = JSON.parse(read("app/package.json")) as { dependencies: Record<string, string> };
    expect(app.dependencies.ioredis).toMatch(/^\^5\./);
    const root = JSON.parse(read("package.json")) as { dependencies?: Record<string, string> };
    expect(root.dependencies?.ioredis).toBeUndefined();
    expect(read("Dockerfile")).toMatch(/npm ci --omit=dev --ignore-scripts --workspace app/);
  });
});
