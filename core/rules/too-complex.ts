import { buildReport } from "../build-report.js";
import type { Finding } from "../findings/finding.js";
import { unreadableItemReport } from "../item/item-report.js";
import type { Report } from "../report.js";
import { fileContext } from "./context.js";
import { meta, type CheckRule } from "./rule.js";

/**
 * A file that the engine was still loading or judging when its time budget ran out. The engine
 * cannot stop itself in the middle of a file, so the surfaces that judge in a worker thread (the
 * App and the Action) stop the thread and report this, with the file's size. Not waivable: the
 * file was never judged, so none of its waivers were read.
 */
export const tooComplex: CheckRule<{ bytes: number; budgetMs: number }> = {
  meta: meta(
    "too-complex",
    "error",
    "Judging the file took longer than its time budget, so it was stopped.",
    false,
  ),
  /** At the top of the file: which part was slow is not known. */
  check(context, { bytes, budgetMs }) {
    context.report(tooComplex.meta, {
      message: `Judging this file (${bytes.toLocaleString("en-US")} bytes) took longer than the ${budgetMs / 1000} s a file may take, so it was stopped and no other file was judged`,
      hint: "Split it into smaller item files or simplify it (fewer keys, shallower nesting, no anchors); if a small file is this slow, report it as a bug with the file.",
    });
  },
};

/** The rule's finding for `file`, for the surfaces that stop a worker thread. */
export function tooComplexFinding(file: string, bytes: number, budgetMs: number): Finding {
  const findings: Finding[] = [];
  tooComplex.check(fileContext(file, findings), { bytes, budgetMs });
  return findings[0]!;
}

/** The report of an evaluation stopped at `file`: that file unjudged, with the finding. */
export function tooComplexReport(file: string, bytes: number, budgetMs: number): Report {
  return buildReport([unreadableItemReport(file)], [tooComplexFinding(file, bytes, budgetMs)], []);
}
