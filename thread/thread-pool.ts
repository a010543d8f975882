import type { Worker } from "node:worker_threads";

/**
 * Evaluation threads that finished a job, kept to run the next one: starting a thread loads the
 * whole engine again (about 0.2 s of CPU), which the App would otherwise pay on every webhook. Kept
 * apart by memory limit, since a thread's limit is fixed when it starts. An idle thread is
 * unreferenced, so it never keeps a process alive; one that ends while idle is dropped.
 */
export class ThreadPool {
  private readonly idle = new Map<number | undefined, Set<Worker>>();

  constructor(
    private readonly start: (memoryMb: number | undefined) => Worker,
    private readonly maxIdle = 2,
  ) {}

  /** An idle thread with this limit, or a new one. */
  acquire(memoryMb: number | undefined): Worker {
    const idle = this.idle.get(memoryMb);
    const reused = idle?.values().next().value;
    if (reused) {
      idle!.delete(reused);
      reused.ref();
      return reused;
    }
    const worker = this.start(memoryMb);
    // An error while idle must not go unheard (an unheard "error" would throw in this thread).
    const drop = () => this.idle.get(memoryMb)?.delete(worker);
    worker.on("error", drop);
    worker.on("exit", drop);
    return worker;
  }

  /** A thread whose job is done and that holds nothing of it: kept for the next, or ended. */
  release(worker: Worker, memoryMb: number | undefined): void {
    let idle = this.idle.get(memoryMb);
    if (!idle) this.idle.set(memoryMb, (idle = new Set()));
    if (idle.size >= this.maxIdle) {
      void worker.terminate();
      return;
    }
    worker.unref();
    idle.add(worker);
  }
}
