import type { Worker } from "node:worker_threads";
import { revive } from "./flat-error.js";
import type { FromWorker, JobMessage } from "./protocol.js";

let jobs = 0;

/**
 * Runs one job that needs no port and no budget (the CLI's judge workers) on `worker`, over the
 * same protocol as the evaluation threads (run-job.ts): resolves with its result, rejects with
 * its error or when the thread fails. The files it announces are not timed here.
 */
export function askThread<J, R>(worker: Worker, job: J): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    const finish = (outcome: () => void) => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      outcome();
    };
    const failed = (error: Error) =>
      finish(() =>
        reject(new Error(`An evaluation worker failed: ${error.message}`, { cause: error })),
      );
    const onMessage = (message: FromWorker<R>) => {
      if (message.kind === "done") finish(() => resolve(message.value));
      else if (message.kind === "error") failed(revive(message.error));
      else if (message.kind === "port")
        failed(new Error(`it asked the ${message.port} port, which it has not`));
    };
    const onError = (error: Error) => failed(error);
    const onExit = (code: number) => failed(new Error(`its thread exited (${code})`));
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage({ kind: "job", id: ++jobs, job } satisfies JobMessage<J>);
  });
}
