import type { PathSegment } from "../parse/source-position.js";
import type { Policy } from "../policy/policy.js";
import { instrumentationMissing } from "../rules/instrumentation-missing.js";
import { metricMissing } from "../rules/metric-missing.js";
import { list, record, text } from "../data/read.js";
import { riskReviewMissing } from "../rules/risk-review-missing.js";
import { signalMissing } from "../rules/signal-missing.js";
import { slicesMissing } from "../rules/slices-missing.js";
import { teamMissing } from "../rules/team-missing.js";
import type { ItemRule } from "../rules/rule.js";
import { judgeSignOffs } from "../signoff/judge-sign-offs.js";

/** What one line checks: where in the item it lives, whether the item has it, what to write. */
export interface LineSpec {
  label: string;
  paths: PathSegment[][];
  /** Parts of `paths` that another line owns. */
  except?: PathSegment[][];
  /** Findings of these rules belong to this line wherever they point. */
  rulePrefix?: string;
  /**
   * Rules that report at this part's key (e.g. signal-missing at `instrumentation.logging`): a
   * finding at the key of a mapping's first child is otherwise the mapping's (ItemSections).
   */
  keyRules?: readonly string[];
  present: boolean;
  detail: string;
  missingFix: string;
  /** The rule that reports this line missing; a waiver of it ticks the line. */
  missingRule?: string;
}

/** The rules that report a line's section missing: the line's own presence check says it too. */
export const missingRules: readonly ItemRule[] = [
  teamMissing,
  slicesMissing,
  metricMissing,
  instrumentationMissing,
  riskReviewMissing,
];

/**
 * The checklist's lines for one item, in order: owner and experts, slices, each required metric,
 * each required instrumentation kind, risk review, sign-offs. Each says where in the item it
 * lives, whether the item has it, what it says, and what to write when it is missing.
 */
export function lineSpecs(
  data: Record<string, unknown>,
  file: string,
  policy: Policy,
  today: string,
): LineSpec[] {
  const ai = data.ai === true;
  const team = record(data.team);
  const experts = handles(team?.domain_experts);
  const owner = text(data.owner);
  const slices = list(data.slices)
    .map((s) => text(record(s)?.id))
    .filter((id): id is string => id !== undefined);
  const metrics = record(data.metrics);
  const instrumentation = record(data.instrumentation);
  const riskReview = record(data.risk_review);
  const risks = list(riskReview?.risks);
  const signOffs = judgeSignOffs(data, file, policy, today);
  const counting = signOffs.filter((s) => s.counts);
  const rejected = signOffs.some((s) => s.decision === "rejected");
  const firstSlice = slices[0] === undefined ? "the first slice" : `\`${slices[0]}\``;
  const reviewers = policy.sign_off.reviewers.length
    ? `one of ${policy.sign_off.reviewers.join(", ")}`
    : "someone with write access";
  const needed = policy.sign_off.min_approvals;

  const specs: LineSpec[] = [
    {
      label: "Owner and domain experts",
      paths: [["owner"], ["team"]],
      present: owner !== undefined && experts.length > 0,
      detail: `${owner ?? ""}; experts ${experts.join(", ")}`,
      missingFix:
        owner === undefined
          ? 'Add `owner: "@user"` (or `@org/team`) and `team.domain_experts: ["@expert"]`, the people who know the domain.'
          : 'Add `team.domain_experts: ["@expert"]`, the people who know the domain.',
      missingRule: teamMissing.meta.id,
    },
    {
      label: "Slices",
      paths: [["slices"]],
      present: slices.length > 0,
      detail: `${slices.length} slice${slices.length === 1 ? "" : "s"}: ${slices
        .slice(0, 10)
        .map((s) => `\`${s}\``)
        .join(", ")}${slices.length > 10 ? ", …" : ""}`,
      missingFix:
        "Add `slices`: a list of `{id, value, acceptance}`, each shipping value on its own.",
      missingRule: slicesMissing.meta.id,
    },
  ];
  for (const kind of [...policy.gate.metrics, ...(ai ? policy.gate.ai_metrics : [])]) {
    const metric = record(metrics?.[kind]);
    specs.push({
      label: `Metric \`${kind}\``,
      paths: [["metrics", kind]],
      present: metrics !== undefined && kind in metrics,
      detail: [
        text(metric?.objective) ? `\`${text(metric?.objective)}\`` : undefined,
        text(metric?.window) ? `over ${text(metric?.window)}` : undefined,
        text(metric?.source) ? `from ${shorten(text(metric?.source)!)}` : undefined,
      ]
        .filter(Boolean)
        .join(" "),
      missingFix: `Add \`metrics.${kind}\` with an \`objective\` (such as ">= 99.5%" or "p95 <= 300ms"), a \`window\` (such as \`28d\`) and a \`source\`.`,
      missingRule: metricMissing.meta.id,
    });
  }
  const dayOne = ["logging", "failures"];
  for (const kind of [
    ...policy.gate.instrumentation,
    ...(ai ? policy.gate.ai_instrumentation : []),
  ]) {
    const entry = record(instrumentation?.[kind]);
    const from = text(entry?.from_slice);
    specs.push({
      label: `Instrumentation \`${kind}\``,
      paths: [["instrumentation", kind]],
      present: instrumentation !== undefined && kind in instrumentation,
      detail: `${shorten(text(entry?.how) ?? "")}${from ? `, from slice \`${from}\`` : ""}`,
      missingFix: `Add \`instrumentation.${kind}\` with \`how\` it is captured and \`from_slice\`: the slice that ships it${
        dayOne.includes(kind) ? ` (${firstSlice}: ${kind} is there from day one)` : ""
      }.`,
      missingRule: instrumentationMissing.meta.id,
      keyRules: [signalMissing.meta.id],
    });
  }
  specs.push(
    {
      label: "Risk review",
      paths: [["risk_review"]],
      except: [["risk_review", "sign_off"]],
      present: risks.length > 0,
      detail: `${risks.length} risk${risks.length === 1 ? "" : "s"}: ${risks
        .map((r) => text(record(r)?.id))
        .filter((id): id is string => id !== undefined)
        .slice(0, 10)
        .map((id) => `\`${id}\``)
        .join(", ")}`,
      missingFix:
        "Add `risk_review.risks`: at least one `{id, description, likelihood, impact, mitigation}`.",
      missingRule: riskReviewMissing.meta.id,
    },
    {
      label: "Sign-offs",
      paths: [["risk_review", "sign_off"]],
      rulePrefix: "signoff-",
      present: counting.length >= needed && !rejected,
      detail: counting
        .map((s) => `${s.decision.replace(/_/g, " ")} by ${s.reviewer} on ${s.date}`)
        .join("; "),
      missingFix: rejected
        ? "A reviewer rejected the risk review: address their concerns, then ask for a new sign-off."
        : `${counting.length} of ${needed} approving sign-off${needed === 1 ? "" : "s"}. Add a \`risk_review.sign_off\` entry \`{reviewer, date, decision: approved}\` by ${reviewers}, who must also approve the pull request that adds it: a name in the file alone does not count.`,
    },
  );
  return specs;
}

function handles(value: unknown): string[] {
  return list(value).filter((h): h is string => typeof h === "string");
}

function shorten(s: string, max = 120): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
