import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { evaluateWithBudget } from "../../core/with-budget/evaluate-with-budget.js";
import {
  PrometheusError,
  type PrometheusPort,
  type PrometheusSample,
} from "../../core/error-budget/prometheus-port.js";
import type { SourceFile } from "../../core/source.js";
import { tooComplexFinding, type StoppedFile } from "../../core/stopped-file.js";
import { evaluationThreads, threadSettings } from "../../thread/evaluation-threads.js";
import { budgetItem, CHECKOUT_SLOTH_SPEC, lineOf } from "../support/budget-items.js";
import { STALLING_JUDGE_THREAD, stallStarts } from "../support/stall.js";
import { policy } from "../core/support/evaluate.js";
import { sloFixtures } from "../slo/support.js";

// The evaluation thread run from its TypeScript source (start-thread.ts registers tsx in the
// worker): what the Action's and the App's threads do, with ports held by this test. The threads
// run the real entry with tests/support/stall-thread.mjs loaded first: judging these files never
// ends (the threads read this when they start, so before any starts).
const STALLS = ["slo/sloth.yaml", "roadmap/stall.yaml", "roadmap/s.yaml"];
process.env.ROADMAP_GATE_TEST_STALL_FILE = STALLS.join(",");
/** A thread computes forever once it has asked Prometheus about this SLO. */
process.env.ROADMAP_GATE_TEST_STALL_QUERY = 'sloth_slo="stuck"';
const { evaluateInThread, limitEvaluationThreads } = evaluationThreads(STALLING_JUDGE_THREAD);

const TODAY = "2026-11-25";
/** The memory limit of the tests about memory: one limit, so they share one pool of threads. */
const THREAD_MB = 40;
const gateOn = policy({ error_budget: { gate: true, min_remaining: 0 } });
const SPENT = budgetItem({ id: "FEAT-1", slo: "checkout/spent" });
const DOWN = budgetItem({ id: "FEAT-2", slo: "checkout/down" });
const files: SourceFile[] = [
  { path: "roadmap/feat-1.yaml", content: SPENT },
  { path: "roadmap/feat-2.yaml", content: DOWN },
];

/**
 * A Prometheus port on this thread: the spent SLO has -12% left, the other one has no answer.
 * Each answer is held `holdMs`, longer than a file's budget, until it is released.
 */
function slowPrometheus(holdMs: number) {
  const asked: string[] = [];
  const port: PrometheusPort = {
    origin: "http://prometheus.test",
    timeoutMs: 5000,
    async instantQuery(query): Promise<PrometheusSample[]> {
      asked.push(query);
      await new Promise((resolve) => setTimeout(resolve, holdMs));
      if (query.includes('"down"'))
        throw new PrometheusError("timeout", "Prometheus at http://prometheus.test did not answer");
      return [{ labels: {}, value: "-0.12" }];
    },
  };
  return { port, asked };
}

describe("the evaluation thread and Prometheus", () => {
  it("asks Prometheus on the calling thread, and waiting on it is not a file's time", async () => {
    const fileMs = 300;
    const prometheus = slowPrometheus(1.5 * fileMs);
    const outcome = await evaluateInThread(
      { kind: "files", input: { files, policy: gateOn, today: TODAY } },
      { prometheus: prometheus.port, budget: { fileMs } },
    );

    expect(outcome.kind).toBe("done");
    if (outcome.kind !== "done") return;
    expect(prometheus.asked).toEqual([
      'slo:period_error_budget_remaining:ratio{sloth_service="checkout", sloth_slo="spent"}',
      'slo:period_error_budget_remaining:ratio{sloth_service="checkout", sloth_slo="down"}',
    ]);
    const budgetFindings = outcome.value.findings.filter((f) =>
      f.ruleId.startsWith("error-budget"),
    );
    expect(budgetFindings).toEqual([
      {
        ruleId: "error-budget-exhausted",
        level: "error",
        file: "roadmap/feat-1.yaml",
        line: lineOf(SPENT, "slo:"),
        column: 5,
        message:
          "spent has -12% of its 30d error budget left, so new scope for FEAT-1 waits until reliability recovers",
        hint: expect.stringContaining("error-budget-exhausted"),
      },
      {
        ruleId: "error-budget-unknown",
        level: "warning",
        file: "roadmap/feat-2.yaml",
        line: lineOf(DOWN, "slo:"),
        column: 5,
        // The PrometheusError crossed the thread as itself: its message is the reason.
        message:
          "The error budget of down (service checkout) for FEAT-2 is unknown: Prometheus at http://prometheus.test did not answer",
        hint: expect.stringContaining("slo:period_error_budget_remaining:ratio"),
      },
    ]);
    // The same report as judging on this thread with the same answers.
    const here = await evaluateWithBudget(
      { files, policy: gateOn, today: TODAY },
      slowPrometheus(0).port,
    );
    expect(outcome.value).toEqual(here);
  });

  it("runs a file's budget on once Prometheus answers: judging after an answer is bounded too", async () => {
    const fileMs = 300;
    const prometheus = slowPrometheus(50);
    const stuck = budgetItem({ id: "FEAT-3", slo: "checkout/stuck" });
    const outcome = await evaluateInThread(
      {
        kind: "files",
        input: {
          files: [{ path: "roadmap/feat-3.yaml", content: stuck }],
          policy: gateOn,
          today: TODAY,
        },
      },
      // Without the budget running on after the answer, only this deadline would end it.
      { prometheus: prometheus.port, budget: { fileMs, totalMs: 20_000 } },
    );
    expect(prometheus.asked).toEqual([
      'slo:period_error_budget_remaining:ratio{sloth_service="checkout", sloth_slo="stuck"}',
    ]);
    expect(outcome).toEqual({
      kind: "too-complex",
      file: "roadmap/feat-3.yaml",
      bytes: Buffer.byteLength(stuck),
      budgetMs: fileMs,
    });
  });

  it("says once that the gate is on without Prometheus, and asks nothing", async () => {
    const outcome = await evaluateInThread(
      { kind: "files", input: { files, policy: gateOn, today: TODAY } },
      { budget: { fileMs: 10_000 } },
    );
    expect(outcome.kind).toBe("done");
    if (outcome.kind !== "done") return;
    expect(outcome.value.findings.filter((f) => f.ruleId.startsWith("error-budget"))).toEqual([]);
    const here = await evaluateWithBudget({ files, policy: gateOn, today: TODAY }, undefined);
    expect(outcome.value.notices).toEqual(here.notices);
    expect(outcome.value.notices.filter((n) => n.includes("Prometheus"))).toHaveLength(1);
  });
});

describe("the evaluation thread and SLO files", () => {
  const slos = sloFixtures("sloth.yaml");
  const [sloPath, sloText] = Object.entries(slos)[0]!;
  const sloFiles: SourceFile[] = [{ path: sloPath, content: sloText }];
  const withSlos = policy({ slo: { files: ["slo/**"] } });

  it("stops at an SLO file that outlasts its budget, with that file's size", async () => {
    const outcome = await evaluateInThread(
      { kind: "files", input: { files, sloFiles, policy: withSlos, today: TODAY } },
      { budget: { fileMs: 300 } },
    );
    expect(outcome).toEqual({
      kind: "too-complex",
      file: sloPath,
      bytes: Buffer.byteLength(sloText, "utf8"),
      budgetMs: 300,
    });
  });

  it("passes SLO files to an issue's checklists, and stops there too", async () => {
    const input = {
      items: [files[0]!],
      others: [files[1]!],
      sloFiles,
      policy: withSlos,
      today: TODAY,
      source: "file" as const,
    };
    const stopped = await evaluateInThread(
      { kind: "checklists", input },
      { budget: { fileMs: 300 } },
    );
    expect(stopped).toEqual({
      kind: "too-complex",
      file: sloPath,
      bytes: Buffer.byteLength(sloText, "utf8"),
      budgetMs: 300,
    });
  });
});

describe("a thread used for several jobs", () => {
  const one = (path: string, id: string): SourceFile => ({
    path,
    content: budgetItem({ id, slo: "checkout/spent" }),
  });

  it("judges each job as a thread of its own would, after a job that was stopped too", async () => {
    const job = (file: SourceFile) =>
      evaluateInThread(
        { kind: "files", input: { files: [file], policy: policy({}), today: TODAY } },
        { budget: { fileMs: 10_000 } },
      );
    const a = one("roadmap/a.yaml", "FEAT-11");
    const b = one("roadmap/b.yaml", "FEAT-12");
    const first = await job(a);
    const second = await job(b);
    expect(first).toMatchObject({
      kind: "done",
      value: { items: [{ file: a.path, id: "FEAT-11" }] },
    });
    expect(second).toMatchObject({
      kind: "done",
      value: { items: [{ file: b.path, id: "FEAT-12" }] },
    });
    // The stopped thread is ended, never given the next job.
    const stall = one("roadmap/stall.yaml", "FEAT-11");
    const stopped = await evaluateInThread(
      { kind: "files", input: { files: [stall], policy: policy({}), today: TODAY } },
      { budget: { fileMs: 300 } },
    );
    expect(stopped).toMatchObject({ kind: "too-complex", file: stall.path });
    expect(await job(b)).toEqual(second);
  });
});

describe("what a job leaves in a reused thread", () => {
  const sloFiles: SourceFile[] = [{ path: "slo/checkout.yaml", content: CHECKOUT_SLOTH_SPEC }];
  const withSlos = policy({ slo: { files: ["slo/**"] } });
  /**
   * An item of 100 kB (a long comment) whose error-budget objective, linked to an SLO, is text of
   * its own: long enough that V8 cuts it from the file as a slice, which keeps the file alive.
   */
  const bigItem = (n: number): SourceFile => {
    const text = budgetItem({ id: `FEAT-${n}`, slo: "checkout/checkout-availability" }).replace(
      '"<= 0.1%"',
      `"<= 0.10000000000${String(n).padStart(3, "0")}%"`,
    );
    return { path: `roadmap/feat-${n}.yaml`, content: `${text}# ${"-".repeat(100_000)}\n` };
  };

  it("holds nothing of 300 files of 100 kB, so the next evaluation fits the memory limit", async () => {
    // 30 MB would stay behind if remembered objectives kept their files: with the ~20 MiB an idle
    // thread takes, past the limit of 40 MiB (with string-memo.ts's keys not copied, this fails
    // from 20 MB on); a job itself holds 3 MB. The next describe's thread outgrows the same limit.
    const budget = { fileMs: 60_000, memoryMb: THREAD_MB };
    for (let job = 0; job < 10; job++) {
      const items = Array.from({ length: 30 }, (_, i) => bigItem(job * 30 + i));
      const outcome = await evaluateInThread(
        { kind: "files", input: { files: items, sloFiles, policy: withSlos, today: TODAY } },
        { budget },
      );
      expect(outcome.kind, `job ${job}`).toBe("done");
      if (outcome.kind !== "done") return;
      expect(outcome.value.findings.filter((f) => f.level === "error")).toEqual([]);
    }
    const next = await evaluateInThread(
      { kind: "files", input: { files, policy: policy({}), today: TODAY } },
      { budget },
    );
    expect(next).toMatchObject({
      kind: "done",
      value: { items: [{ id: "FEAT-1" }, { id: "FEAT-2" }] },
    });
  });
});

describe("the evaluation thread's memory", () => {
  /** 1 MiB of unknown keys: about 100,000 findings, far more heap than a small limit. */
  function heavyItem(): string {
    let text =
      'apiVersion: roadmap-gate/v1\nid: FEAT-3\ntitle: t\nowner: "@lee"\nstatus: proposed\n';
    for (let i = 0; text.length < 1_000_000; i++) text += `k${i.toString(36)}: 1\n`;
    return text;
  }
  const heavy: SourceFile = { path: "roadmap/heavy.yaml", content: heavyItem() };
  const light = files[1]!;

  it("stops at the file judged when the thread outgrows its memory, with that file's size", async () => {
    const outcome = await evaluateInThread(
      { kind: "files", input: { files: [light, heavy], policy: policy({}), today: TODAY } },
      { budget: { fileMs: 60_000, memoryMb: THREAD_MB } },
    );
    expect(outcome).toEqual({
      kind: "too-complex",
      file: heavy.path,
      bytes: Buffer.byteLength(heavy.content as string, "utf8"),
      memoryMb: THREAD_MB,
    });
    expect(tooComplexFinding(outcome as StoppedFile & { kind: "too-complex" })).toEqual({
      ruleId: "too-complex",
      level: "error",
      file: heavy.path,
      line: 1,
      column: 1,
      message: `Judging this file (${Buffer.byteLength(heavy.content as string).toLocaleString("en-US")} bytes) needed more than the ${THREAD_MB} MiB of memory an evaluation may use, so it was stopped and no other file was judged`,
      hint: "Split it into smaller item files or simplify it (fewer keys, shallower nesting, no anchors); if a small file is this costly, report it as a bug with the file.",
    });
  });

  it("reads its limit from ROADMAP_GATE_THREAD_MEMORY_MB, 1024 MiB by default", () => {
    expect(threadSettings({}).memoryMb).toBe(1024);
    expect(threadSettings({ ROADMAP_GATE_THREAD_MEMORY_MB: "256" }).memoryMb).toBe(256);
    expect(threadSettings({ ROADMAP_GATE_THREAD_MEMORY_MB: "lots" }).memoryMb).toBe(1024);
  });
});

describe("how many evaluation threads run at once", () => {
  it("never more than the limit, however many evaluations are asked for at once", async () => {
    // Each job holds its thread while Prometheus answers: the queries in flight are the threads at work.
    // The first queries wait until two are in flight (an event, not a time), so the limit is
    // reached however slowly threads start on a loaded machine; a third at once would show the
    // limit broken. (20 s only guards a hang, within the test's 30 s, if fewer than two ever run.)
    let inFlight = 0;
    let peak = 0;
    let full!: () => void;
    const twoInFlight = new Promise<void>((resolve) => (full = resolve));
    const hangGuard = new Promise((resolve) => setTimeout(resolve, 20_000).unref());
    const port: PrometheusPort = {
      origin: "http://prometheus.test",
      timeoutMs: 10_000,
      async instantQuery() {
        peak = Math.max(peak, ++inFlight);
        if (inFlight >= 2) full();
        await Promise.race([twoInFlight, hangGuard]);
        // A window for a third to show if the limit were broken; a busy machine only widens it.
        await new Promise((resolve) => setTimeout(resolve, 20));
        inFlight--;
        return [{ labels: {}, value: "0.5" }];
      },
    };
    // One turn to compute: the two in flight at once gave their turns up while waiting.
    limitEvaluationThreads(2, 1);
    try {
      const outcomes = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          evaluateInThread(
            {
              kind: "files",
              input: {
                files: [
                  {
                    path: `roadmap/f-${i}.yaml`,
                    content: budgetItem({ id: `FEAT-${i}`, slo: `checkout/s${i}` }),
                  },
                ],
                policy: gateOn,
                today: TODAY,
              },
            },
            { prometheus: port, budget: { fileMs: 10_000 }, queue: `installation:${i % 2}` },
          ),
        ),
      );
      expect(outcomes.map((o) => o.kind)).toEqual(Array(8).fill("done"));
      expect(peak).toBe(2);
    } finally {
      limitEvaluationThreads(4 * availableParallelism(), availableParallelism());
    }
  });

  it("gives the turn to compute to another while it waits, and waiting for it back is not its time", async () => {
    // One turn: B asks Prometheus and gives its turn up; S takes it and computes (a file that
    // never ends, stopped after FILE_MS); B's answer is ready once S computes, but B waits for the
    // turn, longer than its whole deadline, and still finishes: its deadline stood still meanwhile.
    // B's own time is its judging and the hand-over to S, far under B_DEADLINE_MS on a loaded
    // machine; waiting out S's FILE_MS would take B past it.
    const FILE_MS = 1200;
    const B_DEADLINE_MS = 1000;
    limitEvaluationThreads(2, 1);
    try {
      const job = (path: string, id: string) => ({
        kind: "files" as const,
        input: {
          files: [{ path, content: budgetItem({ id, slo: "checkout/spent" }) }],
          policy: gateOn,
          today: TODAY,
        },
      });
      const quick: PrometheusPort = {
        origin: "http://prometheus.test",
        timeoutMs: 10_000,
        instantQuery: async () => [{ labels: {}, value: "0.5" }],
      };
      // Two warm threads: no thread's start counts in the deadline below.
      await Promise.all(
        [1, 2].map((i) =>
          evaluateInThread(job(`roadmap/warm-${i}.yaml`, `FEAT-${i}`), {
            prometheus: quick,
            budget: { fileMs: 10_000 },
          }),
        ),
      );
      const settled: string[] = [];
      // S computes only once B's thread gave its turn up: B is answered then, not before.
      const sComputes = stallStarts("roadmap/s.yaml");
      const slow: PrometheusPort = {
        ...quick,
        async instantQuery() {
          await sComputes;
          return [{ labels: {}, value: "0.5" }];
        },
      };
      const b = evaluateInThread(job("roadmap/b.yaml", "FEAT-3"), {
        prometheus: slow,
        budget: { fileMs: 10_000, totalMs: B_DEADLINE_MS },
        queue: "installation:b",
      }).finally(() => settled.push("B"));
      const s = evaluateInThread(job("roadmap/s.yaml", "FEAT-4"), {
        budget: { fileMs: FILE_MS },
        queue: "installation:s",
      }).finally(() => settled.push("S"));
      const [bOutcome, sOutcome] = await Promise.all([b, s]);
      expect(sOutcome).toMatchObject({ kind: "too-complex", file: "roadmap/s.yaml" });
      expect(bOutcome).toMatchObject({
        kind: "done",
        value: { items: [{ file: "roadmap/b.yaml", id: "FEAT-3" }] },
      });
      // S computed while B waited on Prometheus, and B's answer waited for S's turn to end.
      expect(settled).toEqual(["S", "B"]);
    } finally {
      limitEvaluationThreads(4 * availableParallelism(), availableParallelism());
    }
  });
});
