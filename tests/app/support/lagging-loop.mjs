// Preloaded (NODE_OPTIONS=--import) into an App process to stand for a loaded machine: the event
// loop is blocked 150 ms out of every 250 ms, so timers, Redis replies and sockets run late, as
// on the shared build machine where writes granted a second apart reached GitHub 75 ms apart.
import { performance } from "node:perf_hooks";
import { setInterval } from "node:timers";

const BLOCK_MS = 150;
setInterval(() => {
  const until = performance.now() + BLOCK_MS;
  while (performance.now() < until);
}, 250).unref();
