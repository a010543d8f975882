/** How serious a finding is; `error` fails the gate. */
export type Level = "error" | "warning" | "note";

/** One problem, as plain data; formatters turn it into text (ajv's error objects are the model). */
export interface Finding {
  /** Stable id, documented in docs/rules/<ruleId>.md, e.g. `metric-missing`. */
  ruleId: string;
  level: Level;
  /** Repository-relative POSIX path. */
  file: string;
  /** 1-based; for a missing key, the mapping that lacks it. */
  line: number;
  column: number;
  message: string;
  /** One line saying how to fix it. */
  hint: string;
}
