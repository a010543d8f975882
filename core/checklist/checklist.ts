import type { Finding } from "../findings/finding.js";

/** One line of an issue's checklist: ticked from the item's real state, or saying how to fix it. */
export interface ChecklistLine {
  /** What the line is about; names in backticks, as in findings: "Metric `latency`". */
  label: string;
  done: boolean;
  /** What the item says, for a ticked line: "@alice; experts @bob". */
  detail?: string;
  /** How to fix an unticked line. */
  fix?: string;
  /** 1-based line in the item source that the fix points at, when there is one. */
  line?: number;
  /** Ticked because a waiver in force silences the rule ("until 2026-03-01"). */
  waived?: string;
  /** Warnings that do not untick the line. */
  warnings?: string[];
}

/** Where the checked item lives: a file of the repository, or a YAML block in the issue body. */
export type ChecklistSource = "file" | "issue-body";

/** The checklist of one item. */
export interface ItemChecklist {
  file: string;
  source: ChecklistSource;
  id?: string;
  title?: string;
  status?: string;
  gated: boolean;
  /** The file could not be read as an item: the one finding that says why; no lines then. */
  unreadable?: Finding;
  lines: ChecklistLine[];
  /** Every line ticked and no other errors. */
  ready: boolean;
}
