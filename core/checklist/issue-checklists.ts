import { evaluateLoaded } from "../evaluate.js";
import { loadItem } from "../load/load-item.js";
import type { ReadOptions } from "../parse/read-options.js";
import type { PeopleFacts } from "../people/facts.js";
import type { Policy } from "../policy/policy.js";
import type { SourceFile } from "../source.js";
import { buildChecklist } from "./build-checklist.js";
import type { ChecklistSource, ItemChecklist } from "./checklist.js";

export interface IssueChecklistInput {
  /** The items that name the issue (or the draft in its body). */
  items: readonly SourceFile[];
  /** Every other item file, read only for their ids (uniqueness). */
  others: readonly SourceFile[];
  /** The policy's SLO files: metrics' `slo:` are checked against them (see evaluate). */
  sloFiles?: readonly SourceFile[];
  policy: Policy;
  today: string;
  source: ChecklistSource;
  /** What GitHub said of the items' handles (SPEC 9.3), looked up by the surface. */
  people?: PeopleFacts;
  /** Told each path before it is loaded or judged (see EvaluateInput.onFile). */
  onFile?: (path: string) => void;
  /** How item files are read (e.g. without the fast reader); the surface decides. */
  read?: ReadOptions;
}

/** Judges the items an issue tracks and builds each one's checklist. Pure. */
export function issueChecklists(input: IssueChecklistInput): ItemChecklist[] {
  const loaded = input.items.map((f) => {
    input.onFile?.(f.path);
    return loadItem(f, input.policy.limits.max_file_bytes, input.read);
  });
  const report = evaluateLoaded({
    loaded,
    others: input.others,
    sloFiles: input.sloFiles,
    policy: input.policy,
    today: input.today,
    people: input.people,
    onFile: input.onFile,
    read: input.read,
  });
  return loaded.map((item) =>
    buildChecklist({
      loaded: item,
      findings: report.findings.filter((f) => f.file === item.file),
      policy: input.policy,
      today: input.today,
      source: input.source,
    }),
  );
}
