import { meta, type CheckRule } from "./rule.js";

/** Why a file was stopped: it outlasted its time budget, or the evaluation outgrew its memory. */
export type StopCause = { budgetMs: number } | { memoryMb: number };

/**
 * A file that the engine was still loading or judging when its time budget ran out, or when the
 * evaluation used up the memory it may take. The engine cannot stop itself in the middle of a
 * file, so the surfaces that judge in a worker thread (the App and the Action) stop the thread and
 * report this, with the file's size. Not waivable: the file was never judged, so none of its
 * waivers were read.
 */
export const tooComplex: CheckRule<{ bytes: number } & StopCause> = {
  meta: meta(
    "too-complex",
    "error",
    "Judging the file took longer than its time budget, or more memory than an evaluation may use, so it was stopped.",
    false,
    {
      example: [
        "roadmap/generated.yaml (1 MiB) took longer than the 10 s a file may take to be judged",
      ],
      language: "text",
      fix: "Split it into smaller item files or simplify it (fewer keys, shallower nesting, no anchors). If a small file is this slow or costly, report it as a bug with the file. The budgets are `ROADMAP_GATE_FILE_BUDGET_MS` and `ROADMAP_GATE_THREAD_MEMORY_MB` ([Bad input](../bad-input.md#time-budget)).",
    },
  ),
  /** At the top of the file: which part was costly is not known. */
  check(context, stop) {
    const size = `${stop.bytes.toLocaleString("en-US")} bytes`;
    const what =
      "budgetMs" in stop
        ? `took longer than the ${stop.budgetMs / 1000} s a file may take`
        : `needed more than the ${stop.memoryMb} MiB of memory an evaluation may use`;
    context.report({
      message: `Judging this file (${size}) ${what}, so it was stopped and no other file was judged`,
      hint: `Split it into smaller item files or simplify it (fewer keys, shallower nesting, no anchors); if a small file is this ${"budgetMs" in stop ? "slow" : "costly"}, report it as a bug with the file.`,
    });
  },
};
