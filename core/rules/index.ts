import { shapeRules } from "../item/shape-rules.js";
import { parseRules } from "../parse/parse-rules.js";
import { policyRules } from "../policy/policy-rules.js";
import { linkRules } from "../pull-request/link-rules.js";
import { calendarDates } from "./calendar-dates.js";
import { errorBudgetExhausted } from "./error-budget-exhausted.js";
import { errorBudgetUnknown } from "./error-budget-unknown.js";
import { gateSections } from "./gate-sections.js";
import { idDuplicate } from "./id-duplicate.js";
import { instrumentationMissing } from "./instrumentation-missing.js";
import { instrumentationSlices } from "./instrumentation-slices.js";
import { metricMissing } from "./metric-missing.js";
import { objectiveSanity } from "./objective-sanity.js";
import { riskDuplicateId } from "./risk-duplicate-id.js";
import type { ItemRule, RuleMeta } from "./rule.js";
import { sliceGraph } from "./slice-graph.js";
import { signoffApprovals } from "./signoff-approvals.js";
import { signoffConditions } from "./signoff-conditions.js";
import { signoffFutureDate } from "./signoff-future-date.js";
import { signoffRejected } from "./signoff-rejected.js";
import { signoffStale } from "./signoff-stale.js";
import { signoffVerification } from "./signoff-verification.js";
import { tooComplex } from "./too-complex.js";
import { waiverRules } from "./waivers.js";
import { sliQuerySyntax } from "./sli-query-syntax.js";
import { sloAmbiguous } from "./slo-ambiguous.js";
import { sloFileInvalid } from "./slo-file-invalid.js";
import { sloMismatch } from "./slo-mismatch.js";
import { sloMissing } from "./slo-missing.js";
import { sloUnknown } from "./slo-unknown.js";

/** The rules that judge one parsed item, in the order their findings are listed. */
export const itemRules: readonly ItemRule[] = [
  gateSections,
  sliceGraph,
  metricMissing,
  objectiveSanity,
  sliQuerySyntax,
  sloMissing,
  sloUnknown,
  sloAmbiguous,
  sloMismatch,
  instrumentationMissing,
  instrumentationSlices,
  riskDuplicateId,
  calendarDates,
  signoffConditions,
  signoffFutureDate,
  signoffStale,
  signoffRejected,
  signoffVerification,
  signoffApprovals,
  errorBudgetExhausted,
  errorBudgetUnknown,
];

/** Every rule id the engine can report, with its metadata: the README's rule table. */
export function ruleCatalog(): Map<string, RuleMeta> {
  const all: RuleMeta[] = [
    ...Object.values(parseRules),
    tooComplex,
    ...Object.values(shapeRules),
    idDuplicate,
    ...itemRules.flatMap((r) => (Array.isArray(r.meta) ? r.meta : [r.meta])),
    sloFileInvalid,
    ...Object.values(waiverRules),
    ...Object.values(policyRules),
    ...Object.values(linkRules),
  ];
  return new Map(all.map((m) => [m.id, m]));
}
