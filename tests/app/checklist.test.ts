import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildChecklist } from "../../core/checklist/build-checklist.js";
import { issueBodyItem } from "../../core/checklist/issue-body-item.js";
import { issueChecklists } from "../../core/checklist/issue-checklists.js";
import {
  CHECKLIST_MARKER,
  renderChecklistComment,
  renderNoItemComment,
} from "../../core/checklist/render-checklist.js";
import { evaluate } from "../../core/evaluate.js";
import { loadItem } from "../../core/load/load-item.js";
import { defaultPolicy } from "../../core/policy/policy.js";
import { daysAgo, itemYaml } from "./support/items.js";

const TODAY = daysAgo(0);
const policy = defaultPolicy();

function checklist(text: string, path = "roadmap/feat-1.yaml") {
  const [item] = issueChecklists({
    items: [{ path, content: text }],
    others: [],
    policy,
    today: TODAY,
    source: "file",
  });
  return item!;
}

function line(c: ReturnType<typeof checklist>, label: string) {
  const found = c.lines.find((l) => l.label === label);
  if (!found) throw new Error(`no line ${label}: ${c.lines.map((l) => l.label).join(", ")}`);
  return found;
}

const context = {
  issue: 12,
  ref: "main",
  paths: policy.paths,
  links: {
    file: (path: string, at?: number) =>
      `https://github.test/o/r/blob/main/${path}${at ? `#L${at}` : ""}`,
    newItem: "https://github.test/o/r/issues/new?template=roadmap-item.yml",
  },
};

describe("the issue checklist", () => {
  it("unticks a metric whose promise disagrees with its SLO in slo.files", () => {
    const text = itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }).replace(
      '  latency: { objective: "p95 <= 300ms", window: 28d, source: grafana }',
      '  latency: { objective: "p95 <= 300ms", window: 28d, source: grafana, slo: api-latency }',
    );
    const pyrra = `apiVersion: pyrra.dev/v1alpha1
kind: ServiceLevelObjective
metadata:
  name: api-latency
spec:
  target: "95"
  window: 4w
  indicator:
    latency:
      success: { metric: 'd_bucket{le="0.5"}' }
      total: { metric: d_count }
`;
    const [c] = issueChecklists({
      items: [{ path: "roadmap/feat-1.yaml", content: text }],
      others: [],
      sloFiles: [{ path: "slo/api.yaml", content: pyrra }],
      policy,
      today: TODAY,
      source: "file",
    });
    expect(c!.lines.filter((l) => !l.done).map((l) => l.label)).toEqual(["Metric `latency`"]);
    expect(JSON.stringify(line(c!, "Metric `latency`"))).toContain("le=");
  });

  it("ticks every line of a gate-ready item", () => {
    const c = checklist(itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }));
    expect(c.lines.map((l) => [l.label, l.done])).toEqual([
      ["Owner and domain experts", true],
      ["Slices", true],
      ["Metric `pipeline_reliability`", true],
      ["Metric `error_budget`", true],
      ["Metric `latency`", true],
      ["Instrumentation `logging`", true],
      ["Instrumentation `failures`", true],
      ["Instrumentation `performance`", true],
      ["Instrumentation `user_feedback`", true],
      ["Risk review", true],
      ["Sign-offs", true],
    ]);
    expect(c.ready).toBe(true);
    expect(line(c, "Sign-offs").detail).toBe(`approved by @sam on ${daysAgo(10)}`);
  });

  it("unticks a missing metric and says how to add it", () => {
    const c = checklist(itemYaml({ id: "FEAT-1", signOffs: ["@sam"], omitMetrics: ["latency"] }));
    expect(line(c, "Metric `latency`")).toMatchObject({
      done: false,
      fix: expect.stringContaining("Add `metrics.latency` with an `objective`"),
    });
    expect(line(c, "Metric `error_budget`").done).toBe(true);
    expect(c.ready).toBe(false);
  });

  it("unticks the line whose part of the file has an error, with the finding's hint and line", () => {
    const text = itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }).replace(
      'error_budget: { objective: ">= 99.5%"',
      'error_budget: { objective: "about 1%"',
    );
    const c = checklist(text);
    const budget = line(c, "Metric `error_budget`");
    expect(budget.done).toBe(false);
    expect(budget.fix).toMatch(/does not read as an objective/);
    expect(budget.line).toBe(text.split("\n").findIndex((l) => l.includes("about 1%")) + 1);
    expect(line(c, "Metric `pipeline_reliability`").done).toBe(true);
    expect(line(c, "Metric `latency`").done).toBe(true);
  });

  it("unticks sign-offs when none is written, naming who may sign off", () => {
    const c = checklist(itemYaml({ id: "FEAT-1" }));
    expect(line(c, "Sign-offs")).toMatchObject({
      done: false,
      fix: expect.stringContaining("someone with write access"),
    });
    expect(line(c, "Risk review").done).toBe(true);
  });

  it("attributes a missing key of the risk review to the risk review, not to its first risk", () => {
    const text = itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }).replace(
      "    - { id: R1, description: Timeouts, likelihood: low, impact: medium, mitigation: Stream }",
      "    - { id: R1, description: Timeouts, likelihood: low, impact: medium }",
    );
    const c = checklist(text);
    expect(line(c, "Risk review")).toMatchObject({
      done: false,
      fix: expect.stringContaining("mitigation"),
    });
    expect(line(c, "Sign-offs").done).toBe(true);
  });

  it("ticks a missing metric that a waiver in force silences", () => {
    const text = itemYaml({
      id: "FEAT-1",
      signOffs: ["@sam"],
      omitMetrics: ["latency"],
      extra: `waivers:\n  - { rule: metric-missing, reason: "no traffic yet", approved_by: "@sam", expires: "${daysAgo(-30)}" }\n`,
    });
    const c = checklist(text);
    expect(line(c, "Metric `latency`")).toMatchObject({
      done: true,
      waived: `until ${daysAgo(-30)}`,
    });
  });

  it("lists the AI requirements for an AI item", () => {
    const c = checklist(itemYaml({ id: "AI-7", signOffs: ["@sam"], extra: "ai: true\n" }));
    expect(line(c, "Metric `drift_alerts`").done).toBe(false);
    expect(line(c, "Instrumentation `drift`").done).toBe(false);
  });

  it("reports a file that is not an item instead of a checklist", () => {
    const c = checklist("id: [unclosed\n");
    expect(c.unreadable?.ruleId).toBe("yaml-syntax");
    expect(c.lines).toEqual([]);
  });

  it("collects errors outside the listed parts into one more line", () => {
    const c = checklist(itemYaml({ id: "FEAT-1", signOffs: ["@sam"], extra: "metircs: {}\n" }));
    expect(c.lines.at(-1)).toMatchObject({
      label: "No other errors in the item",
      done: false,
      fix: expect.stringContaining("metircs"),
    });
    expect(c.ready).toBe(false);
  });

  it("uses the findings the engine reports for the same file", () => {
    const text = itemYaml({ id: "FEAT-1", omit: ["slices"] });
    const loaded = loadItem({ path: "a.yaml", content: text }, policy.limits.max_file_bytes);
    const report = evaluate({ files: [{ path: "a.yaml", content: text }], policy, today: TODAY });
    const c = buildChecklist({
      loaded,
      findings: report.findings,
      policy,
      today: TODAY,
      source: "file",
    });
    expect(line(c, "Slices").done).toBe(false);
  });
});

describe("the checklist comment", () => {
  it("starts with the hidden marker, gives each item a section and links the file at the line", () => {
    const a = checklist(itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }), "roadmap/a.yaml");
    const b = checklist(itemYaml({ id: "FEAT-2", omitMetrics: ["latency"] }), "roadmap/b.yaml");
    const body = renderChecklistComment([a, b], context);
    expect(body.startsWith(`${CHECKLIST_MARKER}\n`)).toBe(true);
    expect(body).toContain("### ✅ FEAT-1 · Item FEAT-1");
    expect(body).toContain("### ❌ FEAT-2 · Item FEAT-2");
    expect(body).toContain("- [x] **Metric `latency`**");
    expect(body).toMatch(
      /- \[ \] \*\*Metric `latency`\*\*: .*\(\[line \d+\]\(https:\/\/github\.test\/o\/r\/blob\/main\/roadmap\/b\.yaml#L\d+\)\)/,
    );
  });

  it("escapes user text: no HTML, no table breaks, no mentions", () => {
    const c = checklist(
      itemYaml({
        id: "FEAT-1",
        title: '"<img src=x onerror=alert(1)> | @everyone"',
        owner: "@mallory",
      }),
    );
    const body = renderChecklistComment([c], context);
    expect(body).not.toContain("<img");
    expect(body).toContain("&lt;img");
    expect(body).not.toMatch(/@everyone|@mallory/);
    expect(body).toContain("\\|");
  });

  it("tells a labelled issue without an item how to add one", () => {
    const body = renderNoItemComment({ ...context, label: "roadmap" });
    expect(body.startsWith(CHECKLIST_MARKER)).toBe(true);
    expect(body).toContain("issues/new?template=roadmap-item.yml");
    expect(body).toContain("`issue: 12`");
  });
});

describe("the draft in an issue's description", () => {
  it("reads the first yaml block, as the issue form writes it", () => {
    const body =
      "### Roadmap item\r\n\r\n```yaml\r\nid: FEAT-9\r\n```\r\n\r\n### Notes\n\n_No response_";
    expect(issueBodyItem(body, 3)).toEqual({
      path: "issue #3 description",
      content: "id: FEAT-9\n",
    });
  });

  it("has none without a yaml block", () => {
    expect(issueBodyItem("```js\nx\n```", 3)).toBeUndefined();
    expect(issueBodyItem(null, 3)).toBeUndefined();
  });
});

describe("the roadmap item issue form", () => {
  it("writes a description whose YAML block is a well-formed draft, with only the sign-off to add", () => {
    const form = parse(
      readFileSync(
        resolve(import.meta.dirname, "../../.github/ISSUE_TEMPLATE/roadmap-item.yml"),
        "utf8",
      ),
    ) as {
      labels: string[];
      body: { type: string; id?: string; attributes: { value?: string; render?: string } }[];
    };
    const field = form.body.find((b) => b.id === "item")!;
    expect(form.labels).toEqual(policy.issues.labels);
    expect(field.attributes.render).toBe("yaml");
    // What GitHub writes into the issue for a `render: yaml` field.
    const body = `### Roadmap item\n\n\`\`\`yaml\n${field.attributes.value}\n\`\`\`\n\n### Context\n\n_No response_\n`;
    const draft = issueBodyItem(body, 31)!;
    const [c] = issueChecklists({
      items: [draft],
      others: [],
      policy,
      today: TODAY,
      source: "issue-body",
    });
    expect(c!.unreadable).toBeUndefined();
    expect(c!.lines.filter((l) => !l.done).map((l) => l.label)).toEqual(["Sign-offs"]);
  });
});
