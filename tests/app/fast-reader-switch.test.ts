import { afterEach, describe, expect, it, vi } from "vitest";
import { trackingIssuesOf } from "../../app/issues/issue-checklist.js";
import { item } from "../core/support/item.js";
import { policy } from "../core/support/evaluate.js";
import { jobs } from "../support/recorded-thread.js";

// The real evaluation thread, with each job it is handed recorded in `jobs`.
vi.mock("../../thread/evaluation-threads.js", async (original) =>
  (await import("../support/recorded-thread.js")).recordingJobs(original),
);

afterEach(() => {
  jobs.length = 0;
  delete process.env.ROADMAP_GATE_FAST_READER;
});

describe("the App's ROADMAP_GATE_FAST_READER", () => {
  const files = [{ path: "roadmap/feat-1.yaml", content: `${item()}issue: 12\n` }];

  it("goes to the engine in the tracking-issues job when it is off, which reads the same", async () => {
    process.env.ROADMAP_GATE_FAST_READER = "off";
    expect(await trackingIssuesOf(files, policy())).toEqual({ "roadmap/feat-1.yaml": 12 });
    expect(jobs).toEqual([
      expect.objectContaining({ kind: "tracking-issues", read: { fastReader: false } }),
    ]);
  });

  it("asks nothing of the engine when it is not set", async () => {
    expect(await trackingIssuesOf(files, policy())).toEqual({ "roadmap/feat-1.yaml": 12 });
    expect(jobs).toEqual([expect.objectContaining({ kind: "tracking-issues", read: {} })]);
  });
});
