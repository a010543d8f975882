// A file whose judging never ends, as an exponential pattern's would: what proves the per-file
// budget. Test-only; nothing of it ships. In every worker thread of the process it is loaded in,
// the thread, once it has told the caller it starts on a file named in ROADMAP_GATE_TEST_STALL_FILE
// (comma-separated paths; the thread's environment, as it was when the thread started), loops
// forever. Loaded two ways:
// - tests of the built Action or of the App in its own process preload it:
//   NODE_OPTIONS=--import=<this file>, which Node runs in worker threads too (see stallEnv);
// - tests in the vitest process start their threads on tests/support/stalling-judge-thread.ts
//   (thread/evaluation-threads.ts's `evaluationThreads(entry)`), which imports it.
// Before it loops, the thread names the file on the BroadcastChannel "roadmap-gate:test-stall",
// so a test can await the stall (tests/support/stall.ts's `stallStarts`) instead of a hold.
import { BroadcastChannel, isMainThread, MessagePort } from "node:worker_threads";

const stalled = new Set(
  (process.env.ROADMAP_GATE_TEST_STALL_FILE ?? "").split(",").filter(Boolean),
);
// A thread that asks Prometheus a query containing this text computes forever once it has asked:
// what proves a file's budget runs on after a port's answer (ROADMAP_GATE_TEST_STALL_QUERY).
const stalledQuery = process.env.ROADMAP_GATE_TEST_STALL_QUERY ?? "";

/** thread/protocol.ts's `file` message (the thread starts on that file) or a port call. */
function stallsAt(message) {
  if (message?.kind === "file") return stalled.has(message.path) ? message.path : undefined;
  if (message?.kind === "port" && stalledQuery !== "" && message.port === "prometheus")
    return String(message.args?.[0]).includes(stalledQuery) ? stalledQuery : undefined;
  return undefined;
}

if (!isMainThread && (stalled.size > 0 || stalledQuery !== "")) {
  const post = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (message, ...rest) {
    // What it answers is kept: BroadcastChannel posts through a MessagePort and checks it.
    const posted = post.call(this, message, ...rest);
    const at = stallsAt(message);
    if (at === undefined) return posted;
    new BroadcastChannel("roadmap-gate:test-stall").postMessage(at);
    for (;;) if (Date.now() < 0) return;
  };
}
