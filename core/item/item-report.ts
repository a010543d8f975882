import type { Finding } from "../findings/finding.js";
import type { Policy } from "../policy/policy.js";
import type { ItemReport } from "../report.js";
import { list, record, text } from "../rules/read.js";
import type { JudgedSignOff } from "../signoff/judge-sign-offs.js";

/** The item as the report shows it: identity, verdict, sign-offs, slice graph, waivers. */
export function buildItemReport(
  file: string,
  data: Record<string, unknown>,
  policy: Policy,
  signOffs: readonly JudgedSignOff[],
  findings: readonly Finding[],
): ItemReport {
  const status = text(data.status);
  const gated = status !== undefined && policy.gate.statuses.includes(status);
  const errors = findings.filter((f) => f.level === "error").length;
  const issue =
    typeof data.issue === "number" && Number.isInteger(data.issue) ? data.issue : undefined;
  return {
    file,
    id: text(data.id),
    title: text(data.title),
    status,
    owner: text(data.owner),
    ai: data.ai === true,
    issue,
    gated,
    verdict: errors > 0 ? "fail" : gated ? "pass" : "not-gated",
    errors,
    warnings: findings.filter((f) => f.level === "warning").length,
    signOffs: signOffs.map((s) => ({
      reviewer: s.reviewer,
      decision: s.decision,
      date: s.date,
      verified: s.verification?.verified,
    })),
    slices: list(data.slices).flatMap((raw) => {
      const slice = record(raw);
      const id = text(slice?.id);
      return id === undefined
        ? []
        : [
            {
              id,
              value: text(slice?.value) ?? "",
              dependsOn: list(slice?.depends_on).filter((d): d is string => typeof d === "string"),
            },
          ];
    }),
    waivers: list(data.waivers).flatMap((raw) => {
      const w = record(raw);
      return w
        ? [
            {
              rule: text(w.rule) ?? "",
              reason: text(w.reason) ?? "",
              approvedBy: text(w.approved_by) ?? "",
              expires: text(w.expires) ?? "",
            },
          ]
        : [];
    }),
  };
}

export function unreadableItemReport(file: string): ItemReport {
  return {
    file,
    ai: false,
    gated: false,
    verdict: "unreadable",
    errors: 1,
    warnings: 0,
    signOffs: [],
    slices: [],
    waivers: [],
  };
}
