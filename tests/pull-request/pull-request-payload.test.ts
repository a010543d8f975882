import { describe, expect, it } from "vitest";
import { pullRequestInfo, queuedPullNumber } from "../../core/pull-request/pull-request-payload.js";

describe("pullRequestInfo", () => {
  it("maps a webhook's pull request, naming a deleted author ghost and keeping named labels", () => {
    expect(
      pullRequestInfo({
        number: 7,
        user: null,
        body: null,
        labels: [{ name: "roadmap" }, "plain", {}],
        base: { ref: "release/1.x", sha: "b".repeat(40) },
        head: { sha: "h".repeat(40) },
      }),
    ).toEqual({
      number: 7,
      author: "ghost",
      baseRef: "release/1.x",
      baseSha: "b".repeat(40),
      headSha: "h".repeat(40),
      body: "",
      labels: ["roadmap", "plain"],
    });
  });
});

describe("queuedPullNumber", () => {
  it("reads the pull request from a merge queue ref whose base has slashes", () => {
    expect(queuedPullNumber("refs/heads/gh-readonly-queue/release/1.x/pr-42-0a1b2c")).toBe(42);
  });

  it("reads the pull request from a queue branch name without refs/heads", () => {
    expect(queuedPullNumber("gh-readonly-queue/main/pr-7-abc123")).toBe(7);
  });

  it("answers undefined for a ref that names no pull request", () => {
    expect(queuedPullNumber("refs/heads/gh-readonly-queue/main/odd")).toBeUndefined();
    expect(queuedPullNumber("refs/heads/feature/pr-7-abc")).toBeUndefined();
    expect(queuedPullNumber(null)).toBeUndefined();
  });
});
