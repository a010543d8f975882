// The evaluation threads' entry with tests/support/stall-thread.mjs loaded first: the entry that
// in-process tests pass to evaluationThreads() (thread/evaluation-threads.ts).
import "./stall-thread.mjs";
export * from "../../thread/judge-thread.js";
