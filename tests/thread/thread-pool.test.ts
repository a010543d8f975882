import { EventEmitter } from "node:events";
import type { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { ThreadPool } from "../../thread/thread-pool.js";

/** A stand-in for a worker thread: what the pool does to it is recorded. */
class FakeWorker extends EventEmitter {
  calls: string[] = [];
  constructor(readonly memoryMb: number | undefined) {
    super();
  }
  ref() {
    this.calls.push("ref");
  }
  unref() {
    this.calls.push("unref");
  }
  terminate() {
    this.calls.push("terminate");
    return Promise.resolve(0);
  }
}

function pool(maxIdle = 2) {
  const started: FakeWorker[] = [];
  const threads = new ThreadPool((memoryMb) => {
    const worker = new FakeWorker(memoryMb);
    started.push(worker);
    return worker as unknown as Worker;
  }, maxIdle);
  return { threads, started };
}

describe("the evaluation threads' pool", () => {
  it("gives a released thread to the next job with the same memory limit, referenced again", () => {
    const { threads, started } = pool();
    const first = threads.acquire(1024);
    threads.release(first, 1024);
    expect(threads.acquire(1024)).toBe(first);
    expect(started).toHaveLength(1);
    expect(started[0]!.calls).toEqual(["unref", "ref"]);
  });

  it("starts a new thread for another memory limit, a thread's limit being fixed at its start", () => {
    const { threads, started } = pool();
    threads.release(threads.acquire(1024), 1024);
    threads.acquire(32);
    expect(started.map((w) => w.memoryMb)).toEqual([1024, 32]);
  });

  it("keeps at most maxIdle threads idle and ends the others", () => {
    const { threads, started } = pool(1);
    const a = threads.acquire(undefined);
    const b = threads.acquire(undefined);
    threads.release(a, undefined);
    threads.release(b, undefined);
    expect(started.map((w) => w.calls)).toEqual([["unref"], ["terminate"]]);
  });

  it("drops an idle thread that exits or fails, and starts a new one", () => {
    const { threads, started } = pool();
    const worker = threads.acquire(undefined);
    threads.release(worker, undefined);
    // An idle thread's error is heard by the pool, not thrown in this thread.
    started[0]!.emit("error", new Error("gone"));
    expect(threads.acquire(undefined)).not.toBe(worker);
    const second = started[1]!;
    threads.release(second as unknown as Worker, undefined);
    second.emit("exit", 1);
    expect(threads.acquire(undefined)).toBe(started[2]);
  });
});
