import { isMainThread } from "node:worker_threads";
import { run } from "./main.js";

// The bundle is also the entry of its own evaluation threads (thread/judge-thread.ts).
if (isMainThread) void run();
