import type { FakeGitHub } from "./fake-github/index.js";

/** A complete, gated item naming these people (SPEC section 9.3). */
export function peopleItem(o: {
  id: string;
  owner?: string;
  experts?: string[];
  reviewer?: string;
  status?: string;
}): string {
  const experts = (o.experts ?? ["@ana"]).map((h) => JSON.stringify(h)).join(", ");
  return `apiVersion: roadmap-gate/v1
id: ${o.id}
title: Item ${o.id}
owner: "${o.owner ?? "@lee"}"
status: ${o.status ?? "planned"}
team:
  domain_experts: [${experts}]
slices:
  - { id: first-slice, value: Ships it, acceptance: Tested }
metrics:
  pipeline_reliability: { objective: ">= 99.9%", window: 28d, source: grafana }
  error_budget: { objective: "<= 0.1%", window: 30d, source: grafana }
  latency: { objective: "p99 <= 5s", window: 7d, source: grafana }
instrumentation:
  logging: { how: Logs, from_slice: first-slice }
  failures: { how: Errors, from_slice: first-slice }
  performance: { how: Spans, from_slice: first-slice }
  user_feedback: { how: A link, from_slice: first-slice }
risk_review:
  risks:
    - { id: R1, description: Risk, likelihood: low, impact: low, mitigation: Care }
  sign_off:
    - { reviewer: "${o.reviewer ?? "@sam"}", date: "2026-11-20", decision: approved }
`;
}

/**
 * The organisation "octo" as the people tests see it: members lee, ana, sam; eve outside it; a
 * bot; an account renamed from old-lee to lee-new (the old login answers 404); the team octo/risk.
 */
export function octoPeople(gh: FakeGitHub) {
  const org = gh.addOrg("octo", ["lee", "ana", "sam", "old-lee"]);
  gh.addAccount("eve");
  gh.addAccount("deploy-bot", "Bot");
  gh.renameAccount("old-lee", "lee-new");
  gh.addTeam("octo", "risk", ["sam"]);
  return org;
}

/** The fake's logged people lookups (accounts, memberships, teams), as "METHOD path". */
export function peopleLookups(gh: FakeGitHub): string[] {
  return gh.requests
    .filter((r) => /^\/(users|orgs)\//.test(r.path) && !r.path.includes("/memberships/"))
    .map((r) => r.path);
}
