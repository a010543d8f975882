import { run } from "./main.js";

// The bundle's entry (dist/index.js). Its evaluation threads run dist/judge.js, the engine bundled
// alone (scripts/build-action.mjs): the name is a variable so that ncc leaves the URL to run time.
const judgeBundle = "judge.js";
void run({ judgeThread: new URL(judgeBundle, import.meta.url).href });
