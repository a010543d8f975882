import { describe, expect, it } from "vitest";
import { gatePullRequest, type GateRequest } from "../../core/gate/gate-pull-request.js";
import type { EvaluationJob, JobRunner } from "../../core/gate/job.js";
import { EVALUATION_READ_BYTES, type ReadLimits } from "../../core/gate/read-limits.js";
import type { GitHubPort } from "../../core/port.js";
import { evaluatePullRequest } from "../../core/pull-request/evaluate-pull-request.js";
import { MemoryPort } from "../pull-request/memory-port.js";

const POLICY = ".github/roadmap-gate.yml";
const BASE = "refs/heads/main";

/** The gate on PR #7 into main, its jobs judged in this thread (no worker), each job recorded. */
function gate(port: MemoryPort, run?: JobRunner) {
  const jobs: EvaluationJob[] = [];
  const limits: ReadLimits[] = [];
  const inline = (async (job: EvaluationJob, reader?: GitHubPort) => {
    jobs.push(job);
    if (job.kind !== "pull-request") throw new Error(`unexpected ${job.kind} job`);
    return { kind: "done", value: await evaluatePullRequest({ ...job.run, port: reader! }) };
  }) as JobRunner;
  const request: GateRequest = {
    port,
    reader: (given) => {
      limits.push(given);
      return port;
    },
    run: run ?? inline,
    pr: {
      number: 7,
      author: "lee",
      baseRef: "main",
      baseSha: "base",
      headSha: "head",
      body: "",
      labels: [],
    },
    policy: { path: POLICY, orgFallback: false },
    today: "2026-11-25",
    changedOnly: true,
    followLinks: true,
    verify: (policyVerify) => policyVerify,
  };
  return { request, jobs, limits };
}

describe("the gate step both surfaces call", () => {
  it("reads the base branch's policy once, and an _extends of the same repository on that branch", async () => {
    const port = new MemoryPort()
      .commit(BASE, {
        [POLICY]: "_extends: octo/roadmap:.github/base.yml\n",
        ".github/base.yml": "enforcement: warn\nlimits:\n  max_file_bytes: 2048\n",
      })
      .commit("head", { "roadmap/a.yaml": "id: [\n" });
    port.changed = [{ path: "roadmap/a.yaml", status: "added" }];
    const { request, limits } = gate(port);

    const outcome = await gatePullRequest(request);

    expect(port.calls.filter((c) => c === "readRawFile")).toHaveLength(2);
    expect(outcome).toMatchObject({ kind: "judged", verdict: { verdict: "warn" } });
    // The evaluation reads sizes first, within the policy's file limit and 64 MiB in all.
    expect(limits).toEqual([{ maxFileBytes: 2048, maxBytes: EVALUATION_READ_BYTES }]);
  });

  it("fails a file stopped mid-judging under enforcement: warn, with its finding", async () => {
    const port = new MemoryPort().commit(BASE, { [POLICY]: "enforcement: warn\n" });
    const stopped: JobRunner = async () => ({
      kind: "too-complex",
      file: "roadmap/a.yaml",
      bytes: 1234,
      budgetMs: 300,
    });
    const { request } = gate(port, stopped);

    const outcome = await gatePullRequest(request);

    expect(outcome).toMatchObject({
      kind: "stopped",
      finding: { ruleId: "too-complex", file: "roadmap/a.yaml", line: 1, column: 1 },
      verdict: { verdict: "fail", blocking: { ruleId: "too-complex" } },
    });
  });

  it("judges nothing under an invalid policy, and fails", async () => {
    const port = new MemoryPort().commit(BASE, { [POLICY]: "enforcement: loud\n" });
    const { request, jobs } = gate(port);

    const outcome = await gatePullRequest(request);

    expect(outcome).toMatchObject({ kind: "policy-invalid", verdict: { verdict: "fail" } });
    expect(jobs).toEqual([]);
  });
});
