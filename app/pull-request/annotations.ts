import type { Finding } from "../../core/findings/finding.js";

/** A check run annotation as the Checks API takes it. */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column: number;
  end_column: number;
  annotation_level: "failure" | "warning" | "notice";
  title: string;
  message: string;
}

/** Each annotation batch is one write request; past this many the summary still lists every finding. */
export const MAX_ANNOTATIONS = 500;

const LEVEL = { error: "failure", warning: "warning", note: "notice" } as const;

/** Findings on a repository file; pull request findings (file "") and `_extends` bases stay in the summary. */
export function isAnnotatable(f: Finding): boolean {
  return f.file !== "" && !f.file.includes(":");
}

export function toAnnotations(findings: readonly Finding[]): CheckAnnotation[] {
  // The errors first: when there are more than MAX_ANNOTATIONS, those are what must be seen.
  const order = { error: 0, warning: 1, note: 2 };
  return [...findings]
    .sort((a, b) => order[a.level] - order[b.level])
    .slice(0, MAX_ANNOTATIONS)
    .map((f) => ({
      path: f.file,
      start_line: f.line,
      end_line: f.line,
      start_column: f.column,
      end_column: f.column,
      annotation_level: LEVEL[f.level],
      title: f.ruleId,
      message: `${f.message}\n${f.hint}`,
    }));
}

/** Batches of 50, the most GitHub takes in one request. */
export function annotationBatches(list: readonly CheckAnnotation[]): CheckAnnotation[][] {
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < list.length; i += 50) batches.push(list.slice(i, i + 50));
  return batches;
}
