import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { defaultPolicy } from "../../core/policy/policy.js";
import type { TreeEntry } from "../../core/port.js";
import { evaluatePullRequest } from "../../core/pull-request/evaluate-pull-request.js";
import { evaluationThreads } from "../../thread/evaluation-threads.js";
import { STALLING_JUDGE_THREAD } from "../support/stall.js";
import { MemoryPort } from "../pull-request/memory-port.js";
import { item } from "../core/support/item.js";

// A pull request's files are read on this thread and cross with its job: the thread only judges.
// What crosses is seen here, on this side of the threads: each message posted to a thread and
// each one a thread posts (Worker's postMessage and its "message" events), restored afterwards.
const STALL = "roadmap/stall.yaml";
process.env.ROADMAP_GATE_TEST_STALL_FILE = STALL;
const { evaluateInThread, limitEvaluationThreads } = evaluationThreads(STALLING_JUDGE_THREAD);

type Message = { kind?: string; method?: string; job?: { gathered?: object } };
const toThreads: Message[] = [];
const fromThreads: Message[] = [];
/** Set: what is posted to the threads is only weakly held here (the memory test). */
let weakly: WeakRef<object>[] | undefined;
const post = Worker.prototype.postMessage;
const emit = Worker.prototype.emit;
Worker.prototype.postMessage = function (message: Message, ...rest: []) {
  if (weakly) {
    if (message.job?.gathered) weakly.push(new WeakRef(message.job.gathered));
  } else toThreads.push(message);
  return post.call(this, message, ...rest);
};
Worker.prototype.emit = function (event: string | symbol, ...args: unknown[]) {
  if (event === "message") fromThreads.push(args[0] as Message);
  return emit.call(this, event, ...args);
};
afterAll(() => {
  Worker.prototype.postMessage = post;
  Worker.prototype.emit = emit;
});

/** A complete item that @sam signed off (tests/core/support/item.ts). */
const ITEM = item();
function pullRequest(files: Record<string, string>) {
  const port = new MemoryPort();
  port.commit("base", {});
  port.commit("head", files);
  port.permissions = { sam: "write" };
  port.reviewList = [
    { login: "Sam", state: "APPROVED", commitId: "head", submittedAt: "2026-11-20T00:00:00Z" },
  ];
  port.changed = Object.keys(files).map((path) => ({ path, status: "added" as const }));
  const run = {
    pr: {
      number: 7,
      author: "lee",
      baseRef: "main",
      baseSha: "base",
      headSha: "head",
      body: "",
      labels: [],
    },
    policy: defaultPolicy(),
    policyPath: ".github/roadmap-gate.yml",
    today: "2026-11-25",
    changedOnly: true,
    verify: true,
    followLinks: true,
  };
  return { port, run };
}

const portCalls = () => fromThreads.filter((m) => m.kind === "port").map((m) => m.method);

describe("a pull request job", () => {
  it("reads the files on the calling thread and sends them with the job: the thread only judges", async () => {
    const { port, run } = pullRequest({ "roadmap/a.yaml": ITEM });
    toThreads.length = 0;
    fromThreads.length = 0;
    const outcome = await evaluateInThread(
      { kind: "pull-request", owner: port.owner, repo: port.repo, run },
      { port, budget: { fileMs: 10_000 } },
    );
    const sent = toThreads.filter((m) => m.kind === "job");
    expect(sent).toHaveLength(1);
    const gathered = sent[0]!.job!.gathered as { contents: Map<string, { text: string }> };
    expect(gathered.contents.get("roadmap/a.yaml")?.text).toBe(ITEM);
    // No read of the pull request's files crossed back from the thread.
    for (const read of ["pullRequestFiles", "tree", "reviews", "listPaths", "readFilesAndBlobIds"])
      expect(portCalls()).not.toContain(read);
    expect(port.calls.filter((c) => c === "readFilesAndBlobIds")).toHaveLength(1);
    // The same result as gathering and judging on this thread.
    const here = await evaluatePullRequest({
      ...run,
      port: pullRequest({ "roadmap/a.yaml": ITEM }).port,
    });
    expect(outcome).toEqual({ kind: "done", value: here });
  });

  it("charges a file that outlasts its budget with its size read on the calling thread", async () => {
    const { port, run } = pullRequest({ "roadmap/a.yaml": ITEM, [STALL]: ITEM + "# more\n" });
    const outcome = await evaluateInThread(
      { kind: "pull-request", owner: port.owner, repo: port.repo, run },
      { port, budget: { fileMs: 300 } },
    );
    expect(outcome).toEqual({
      kind: "too-complex",
      file: STALL,
      bytes: ITEM.length + "# more\n".length,
      budgetMs: 300,
    });
  });

  it("reads without a turn to compute, on the deadline, and stops reading when it is up", async () => {
    limitEvaluationThreads(2, 1);
    const { port, run } = pullRequest({ "roadmap/a.yaml": ITEM });
    let answerTree: (() => void) | undefined;
    const treeAsked = new Promise<void>((asked) => {
      const tree = port.tree.bind(port);
      port.tree = (ref: string) => {
        asked();
        return new Promise<TreeEntry[]>((answer) => {
          answerTree = () => void tree(ref).then(answer);
        });
      };
    });
    const held = evaluateInThread(
      { kind: "pull-request", owner: port.owner, repo: port.repo, run },
      { port, budget: { fileMs: 10_000, totalMs: 500 } },
    );
    const failed = expect(held).rejects.toThrow("the evaluation did not finish within 0.5 s");
    await treeAsked;
    // The one turn to compute is free while the pull request waits on GitHub.
    const other = await evaluateInThread(
      { kind: "files", input: { files: [], policy: defaultPolicy(), today: "2026-11-25" } },
      { budget: { fileMs: 10_000 } },
    );
    expect(other.kind).toBe("done");
    await failed;
    // GitHub answers after the deadline: the reading asks nothing more.
    answerTree!();
    await new Promise((resolve) => setImmediate(resolve));
    expect(port.calls).not.toContain("readFilesAndBlobIds");
  });

  it("holds no pull request's files on the calling thread while the thread judges them", async () => {
    const { port, run } = pullRequest({ "roadmap/a.yaml": ITEM });
    const asked = new Promise<void>((resolve) => {
      port.permission = () => {
        resolve();
        return new Promise(() => undefined);
      };
    });
    weakly = [];
    const judging = evaluateInThread(
      { kind: "pull-request", owner: port.owner, repo: port.repo, run },
      { port, budget: { fileMs: 10_000, totalMs: 1000 } },
    );
    const ended = judging.then(
      () => expect.unreachable(),
      (error: Error) => expect(error.message).toContain("did not finish"),
    );
    // The thread judges, waiting on a reviewer's permission: the files it was sent are its own.
    await asked;
    setFlagsFromString("--expose-gc");
    (runInNewContext("gc") as () => void)();
    expect(weakly).toHaveLength(1);
    expect(weakly[0]!.deref()).toBeUndefined();
    weakly = undefined;
    await ended;
  });
});
