import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { ruleCatalog } from "../../core/rules/index.js";
import { evaluateOne, policy, ruleIds } from "./support/evaluate.js";
import { itemData } from "./support/item.js";

/**
 * How a rule's docs example is judged: as the whole file (`file`), or laid over a complete item
 * (`over`: its top-level keys replace the item's, `without` removes keys), under `policy`.
 */
type Trial = { file: true } | { over: true; without?: string[]; policy?: Record<string, unknown> };

const over = (extra: Omit<Extract<Trial, { over: true }>, "over"> = {}): Trial => ({
  over: true,
  ...extra,
});

/** The examples that one item file can show; TODAY is 2026-11-25, as the examples assume. */
const trials: Record<string, Trial> = {
  "yaml-syntax": { file: true },
  "duplicate-key": { file: true },
  "unknown-tag": { file: true },
  "too-deep": { file: true },
  "not-a-mapping": { file: true },
  "api-version": over(),
  "unknown-key": over(),
  "key-format": over(),
  "missing-field": over(),
  "wrong-type": over(),
  "invalid-value": over(),
  "id-format": over(),
  "handle-format": over(),
  "slice-id-format": over(),
  "objective-format": over(),
  "window-format": over(),
  "date-format": over(),
  "empty-list": over(),
  "empty-value": over(),
  "duplicate-entry": over(),
  "team-missing": over({ without: ["team"] }),
  "slices-missing": over({ without: ["slices"] }),
  "risk-review-missing": over({ without: ["risk_review"] }),
  "slice-duplicate-id": over(),
  "slice-dependency-unknown": over(),
  "slice-dependency-cycle": over(),
  "slice-dependency-order": over(),
  "metric-missing": over(),
  "objective-percent-range": over(),
  "objective-percentile-unit": over(),
  "sli-query-syntax": over(),
  "instrumentation-missing": over(),
  "instrumentation-slice-unknown": over(),
  "instrumentation-not-day-one": over(),
  "signal-missing": over({ policy: { gate: { signals: ["logging"] } } }),
  "pairing-invalid": over(),
  "knowledge-transfer-due": over(),
  "risk-duplicate-id": over(),
  "signoff-conditions-missing": over(),
  "signoff-future-date": over(),
  "signoff-stale": over(),
  "signoff-rejected": over(),
  "signoff-unauthorised": over({ policy: { sign_off: { reviewers: ["@sam", "@maria"] } } }),
  "signoff-approvals": over({ policy: { sign_off: { min_approvals: 2 } } }),
  "waiver-expired": over(),
  "waiver-too-long": over(),
  "waiver-not-waivable": over(),
  "waiver-unknown-rule": over(),
  "waiver-unverified": over({ policy: { sign_off: { reviewers: ["@sam"] } } }),
  "waiver-applied": over(),
};

/** What no single item file shows: other files, GitHub, Prometheus, SLO files, raw bytes, size. */
const beyondOneFile = [
  "alias-bomb", // an excerpt: the whole bomb would fill the page
  "empty-file",
  "not-utf8",
  "file-too-large",
  "unreadable",
  "too-complex",
  "id-duplicate",
  "slo-missing",
  "slo-unknown",
  "slo-ambiguous",
  "slo-mismatch",
  "slo-file-invalid",
  "signoff-unverified",
  "signoff-authority-unknown",
  "error-budget-exhausted",
  "error-budget-unknown",
  "instrumentation-no-data",
  "instrumentation-unknown",
  "objective-breached",
  "objective-unmeasured",
  "person-unknown",
  "person-not-member",
  "person-unverifiable",
  "policy-invalid",
  "policy-extends-unresolved",
  "live-check-unavailable",
  "policy-paths-unmatched",
  "policy-change",
  "link-unknown",
  "link-not-ready",
  "link-missing",
];

function judge(id: string, trial: Trial): string[] {
  const example = ruleCatalog().get(id)!.docs!.example.join("\n") + "\n";
  if ("file" in trial) return ruleIds(evaluateOne(example));
  const item = itemData();
  for (const key of trial.without ?? []) delete item[key];
  Object.assign(item, parse(example) as Record<string, unknown>);
  return ruleIds(evaluateOne(stringify(item), { policy: policy(trial.policy ?? {}) }));
}

describe("each rule's docs example", () => {
  it("is tried here, or named as one that needs more than one item file", () => {
    expect(
      [...ruleCatalog().keys()].filter((id) => !(id in trials) && !beyondOneFile.includes(id)),
    ).toEqual([]);
  });

  it.each(Object.entries(trials))("triggers %s", (id, trial) => {
    expect(judge(id, trial)).toContain(id);
  });
});
