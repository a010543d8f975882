import { describe, expect, it } from "vitest";
import { CHECK_RUN_LIMIT, fitMarkdown, JOB_SUMMARY_LIMIT } from "../../core/format/fit-markdown.js";
import { codeSpan, escapeMarkdown, inlineMarkdown } from "../../core/format/markdown-escape.js";
import { formatMarkdown } from "../../core/format/markdown.js";
import { sliceFlowchart } from "../../core/format/slice-flowchart.js";
import { utf8Length } from "../../core/parse/decode.js";
import { finding, item, report } from "./report-builder.js";

const ZWJ = "\u200d";

describe("formatMarkdown", () => {
  it("shows each metric's linked SLO, found or not", () => {
    const md = formatMarkdown(
      report({
        items: [
          item({
            metrics: [
              {
                kind: "latency",
                objective: "p95 <= 300ms",
                window: "2w",
                slo: {
                  name: "api-latency",
                  status: "found",
                  file: "slo/pyrra.yaml",
                  line: 23,
                  format: "pyrra",
                  targetPercent: 95,
                  window: "2w",
                },
              },
              {
                kind: "error_budget",
                objective: "<= 0.1%",
                slo: { name: "gone", status: "unknown" },
              },
              { kind: "drift_alerts", objective: "<= 2/week" },
            ],
          }),
        ],
      }),
    );
    expect(md).toContain(
      [
        "### Metrics linked to SLOs",
        "",
        "| item | metric | objective | window | SLO |",
        "|---|---|---|---|---|",
        "| FEAT-1 | `latency` | p95 &lt;= 300ms | 2w | `api-latency` (pyrra, 95%, 2w) `slo/pyrra.yaml:23` |",
        "| FEAT-1 | `error_budget` | &lt;= 0.1% | — | ❓ `gone`: no such SLO |",
        "",
      ].join("\n"),
    );
    expect(md).not.toContain("drift_alerts");
    expect(formatMarkdown(report())).not.toContain("Metrics linked to SLOs");
  });

  it("keeps SLO names, files and kinds inside their cells and code spans", () => {
    const name = "[x](https://e.com)|y";
    const md = formatMarkdown(
      report({
        items: [
          item({
            file: "roadmap/a|b.yaml",
            id: undefined,
            metrics: [
              {
                kind: "k|ind",
                slo: {
                  name,
                  status: "found",
                  file: "slo/a|b.yaml",
                  line: 3,
                  format: "openslo",
                  targetPercent: 99,
                  window: "28d",
                },
              },
              { kind: "latency", slo: { name, status: "unknown" } },
              { kind: "errors", slo: { name, status: "ambiguous" } },
              { kind: "drift", slo: { name, status: "unchecked" } },
            ],
          }),
        ],
      }),
    );
    const rows = md.split("\n").filter((line) => line.startsWith("| `roadmap"));
    expect(rows).toEqual([
      "| `roadmap/a\\|b.yaml` | `k\\|ind` | — | — | `[x](https://e.com)\\|y` (openslo, 99%, 28d) `slo/a\\|b.yaml:3` |",
      "| `roadmap/a\\|b.yaml` | `latency` | — | — | ❓ `[x](https://e.com)\\|y`: no such SLO |",
      "| `roadmap/a\\|b.yaml` | `errors` | — | — | ⚠️ `[x](https://e.com)\\|y`: several SLOs have this name |",
      "| `roadmap/a\\|b.yaml` | `drift` | — | — | `[x](https://e.com)\\|y` (not checked: slo.files is empty) |",
    ]);
    // Five cells a row: every pipe inside a cell is escaped.
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(7);
  });

  it("tables the items with verdicts and sign-offs marked by verification", () => {
    const md = formatMarkdown(
      report({
        items: [
          item({
            signOffs: [
              { reviewer: "@sam", decision: "approved", date: "2026-11-01", verified: true },
              { reviewer: "@acme/sre", decision: "approved", date: "2026-11-02", verified: false },
              { reviewer: "@ana", decision: "rejected", date: "2026-11-03" },
            ],
            waivers: [{ rule: "latency", reason: "r", approvedBy: "@sam", expires: "2026-12-01" }],
          }),
        ],
      }),
    );
    expect(md).toContain(
      "| item | title | status | verdict | sign-offs | file |\n|---|---|---|---|---|---|\n",
    );
    expect(md).toContain(
      `| FEAT-1 | Bulk export | planned | ✅ pass (1 waiver) | ✅ @${ZWJ}sam approved 2026-11-01<br>❌ @${ZWJ}acme/sre approved 2026-11-02<br>❔ @${ZWJ}ana rejected 2026-11-03 | \`roadmap/feat-1.yaml\` |\n`,
    );
    expect(md).toContain("## ✅ roadmap-gate: pass\n\n0 errors, 0 warnings in 1 item\n");
  });

  it("adds a column per live check that ran: measured objectives, instrumentation data, people", () => {
    const checked = item({
      metrics: [
        {
          kind: "latency",
          objective: "p95 <= 300ms",
          window: "7d",
          measured: { state: "breached", value: 412, unit: "ms", window: "7d" },
        },
        {
          kind: "error_budget",
          objective: "<= 0.1%",
          measured: { state: "met", value: 0.04, unit: "%", window: "28d" },
        },
        { kind: "drift_alerts", objective: "<= 2/week" },
      ],
      budgets: [{ metric: "error_budget", slo: "s", service: "a", remaining: 0.3, state: "ok" }],
      instrumentation: [
        { source: "metric", kind: "latency", query: "sum(rate(a[1h])) | b", state: "no-data" },
        { source: "signal", kind: "logging", query: "up", state: "data" },
      ],
      people: [
        { handle: "@lee", role: "owner", state: "ok" },
        { handle: "@gone", role: "domain expert", state: "not-member" },
      ],
    });
    const unchecked = item({ id: "FEAT-2", file: "roadmap/feat-2.yaml", metrics: [] });
    const md = formatMarkdown(report({ items: [checked, unchecked] }));
    expect(md).toContain(
      [
        "| item | title | status | verdict | sign-offs | objectives: measured, budget left | instrumentation data | people | file |",
        "|---|---|---|---|---|---|---|---|---|",
        `| FEAT-1 | Bulk export | planned | ✅ pass | — | \`latency\` p95 &lt;= 300ms: ❌ 412 ms over 7d<br>\`error_budget\` &lt;= 0.1%: ✅ 0.04% over 28d, 🟡 30% budget left<br>\`drift_alerts\` &lt;= 2/week: ➖ not checked | ❌ no (1/2)<br>no data: latency \`sum(rate(a[1h])) \\| b\` | ❌ 1/2 found<br>@${ZWJ}gone (domain expert): not a member | \`roadmap/feat-1.yaml\` |`,
        "| FEAT-2 | Bulk export | planned | ✅ pass | — | — | ➖ not checked | ➖ not checked | `roadmap/feat-2.yaml` |",
        "",
        "Live checks: ✅ met, has data, found · 🟡 less than half the budget left · ❌ breached, no data, not found · ❔ unknown · ➖ not checked.",
        "",
      ].join("\n"),
    );
  });

  it("adds only the live columns some item has data for", () => {
    const md = formatMarkdown(
      report({ items: [item({ people: [{ handle: "@lee", role: "owner", state: "ok" }] })] }),
    );
    expect(md).toContain(
      "| item | title | status | verdict | sign-offs | people | file |\n|---|---|---|---|---|---|---|\n| FEAT-1 | Bulk export | planned | ✅ pass | — | ✅ 1/1 found | `roadmap/feat-1.yaml` |\n",
    );
  });

  it("lists findings by file with their position, rule link and hint", () => {
    const md = formatMarkdown(
      report({
        findings: [
          finding(),
          finding({ file: "", ruleId: "pr-link-missing", message: "No item", hint: "Link one" }),
        ],
      }),
    );
    expect(md).toContain(
      [
        "### Findings",
        "",
        "#### Pull request",
        "",
        "- ❌ **error** No item ([`pr-link-missing`](https://github.com/roadmap-gate/roadmap-gate/blob/v1/docs/rules/pr-link-missing.md))<br>Hint: Link one",
        "",
        "#### `roadmap/feat-1.yaml`",
        "",
        "- ❌ **error** line 3, column 1: FEAT-1 is `planned` but has no `latency` metric ([`metric-missing`](https://github.com/roadmap-gate/roadmap-gate/blob/v1/docs/rules/metric-missing.md))<br>Hint: Add metrics.latency with an objective, a window and a source.",
      ].join("\n"),
    );
  });

  it("escapes pipes, HTML and mentions in everything an item file says", () => {
    const md = formatMarkdown(
      report({
        items: [
          item({
            id: "FEAT-1",
            title: "a | <img src=x onerror=alert(1)> & @octocat",
            status: "<b>",
          }),
        ],
        findings: [
          finding({ message: "Unknown key `<script>` by @org/team", hint: "**bold** [x](y)" }),
        ],
        notices: ["<!-- hidden -->"],
      }),
    );
    expect(md).toContain(
      `| FEAT-1 | a \\| &lt;img src=x onerror=alert(1)&gt; &amp; @${ZWJ}octocat | &lt;b&gt; |`,
    );
    expect(md).toContain(`Unknown key \`<script>\` by @${ZWJ}org/team`);
    expect(md).toContain("Hint: \\*\\*bold\\*\\* \\[x\\](y)");
    expect(md).toContain("> &lt;!-- hidden --&gt;");
    // Inside a code span `<script>` is literal text; outside one, no tag may remain.
    expect(md.replace(/`[^`]*`/g, "")).not.toMatch(/<(img|script|b>|!--)/);
    expect(md).not.toMatch(/@[a-z]/);
  });

  it("draws each item's slices as a Mermaid flowchart along depends_on", () => {
    const md = formatMarkdown(
      report({
        items: [
          item({
            slices: [
              { id: "api", value: "An API", dependsOn: [] },
              { id: "ui", value: "A button", dependsOn: ["api"] },
              { id: "docs", value: "Docs", dependsOn: ["api", "ui", "nope"] },
            ],
          }),
          item({ id: "FEAT-2", file: "roadmap/feat-2.yaml", slices: [] }),
        ],
      }),
    );
    expect(md).toContain(
      [
        "### Slice graphs",
        "",
        "#### FEAT-1 · Bulk export",
        "",
        "```mermaid",
        "flowchart LR",
        '  s0["api<br/>An API"]',
        '  s1["ui<br/>A button"]',
        '  s2["docs<br/>Docs"]',
        "  s0 --> s1",
        "  s0 --> s2",
        "  s1 --> s2",
        "```",
      ].join("\n"),
    );
    expect(md).not.toContain("FEAT-2 ·");
  });

  it("leaves the graphs out when asked", () => {
    const slices = [{ id: "api", value: "An API", dependsOn: [] }];
    expect(formatMarkdown(report({ items: [item({ slices })] }), { graphs: false })).not.toContain(
      "mermaid",
    );
  });

  it("cuts below maxLength, findings after the table, with a note of how many are missing", () => {
    const findings = Array.from({ length: 200 }, (_, i) =>
      finding({ line: i + 1, message: `problem ${i}` }),
    );
    const whole = formatMarkdown(report({ findings }));
    const md = formatMarkdown(report({ findings }), { maxLength: 4000 });
    expect(md.length).toBeLessThanOrEqual(4000);
    expect(md).toContain("| FEAT-1 | Bulk export |");
    const shown = md.match(/^- ❌/gm)!.length;
    expect(shown).toBeGreaterThan(5);
    expect(md).toMatch(
      new RegExp(
        `\\n\\n> … ${200 - shown} more findings not shown; see the SARIF / full log\\.\\n$`,
      ),
    );
    expect(whole.length).toBeGreaterThan(4000);
  });

  it("measures a job summary in bytes", () => {
    const findings = Array.from({ length: 50 }, () => finding({ message: "ünïcödé ".repeat(20) }));
    const md = formatMarkdown(report({ findings }), { maxLength: 3000, lengthUnit: "bytes" });
    expect(utf8Length(md)).toBeLessThanOrEqual(3000);
    expect(md).toContain("more findings not shown");
  });
});

describe("fitMarkdown", () => {
  it("keeps everything that fits", () => {
    expect(
      fitMarkdown([{ text: "a\n" }, { text: "b\n", counts: "finding" }], { maxLength: 10 }),
    ).toBe("a\nb\n");
  });

  it("names each kind of block it cut", () => {
    const blocks = [
      { text: "head\n" },
      { text: "x".repeat(50), counts: "finding" },
      { text: "y".repeat(50), counts: "slice graph" },
      { text: "z".repeat(50), counts: "slice graph" },
    ];
    expect(fitMarkdown(blocks, { maxLength: 100 }, "see the log")).toBe(
      "head\n\n> … 1 more finding, 2 more slice graphs not shown; see the log.\n",
    );
  });

  it("never exceeds the limit, even when the first block alone is larger", () => {
    const text = fitMarkdown([{ text: "é".repeat(100) }], { maxLength: 21, lengthUnit: "bytes" });
    expect(utf8Length(text)).toBeLessThanOrEqual(21);
  });

  it("knows GitHub's limits", () => {
    expect(JOB_SUMMARY_LIMIT).toEqual({ maxLength: 1024 * 1024, lengthUnit: "bytes" });
    expect(CHECK_RUN_LIMIT).toEqual({ maxLength: 65_535, lengthUnit: "chars" });
  });
});

describe("markdown escaping", () => {
  it("escapes markdown, HTML and mentions in text", () => {
    expect(escapeMarkdown("a|b <i>&amp; @x *y* _z_ [l](u) `c`\nnext")).toBe(
      `a\\|b &lt;i&gt;&amp;amp; @${ZWJ}x \\*y\\* \\_z\\_ \\[l\\](u) \\\`c\\\` next`,
    );
  });

  it("stops issue references: #N, owner/repo#N and GH-N link nothing and notify nobody", () => {
    expect(escapeMarkdown("fixes #12, octo/other#3 and GH-7; not #x or a#b")).toBe(
      `fixes #${ZWJ}12, octo/other#${ZWJ}3 and GH-${ZWJ}7; not #x or a#b`,
    );
    expect(inlineMarkdown("see `#4` and #5")).toBe(`see \`#4\` and #${ZWJ}5`);
  });

  it("stops bare URLs: an issue URL in user text neither links nor cross-references the issue", () => {
    expect(
      escapeMarkdown(
        "see https://github.com/octo/other/issues/9 and www.example.com/x or http://a.b",
      ),
    ).toBe(
      `see https:/${ZWJ}/github.com/octo/other/issues/9 and www${ZWJ}.example.com/x or http:/${ZWJ}/a.b`,
    );
    // A URL quoted as code stays literal: code spans are never autolinked.
    expect(
      inlineMarkdown("see `https://github.com/o/r/pull/1` and https://github.com/o/r/pull/2"),
    ).toBe(`see \`https://github.com/o/r/pull/1\` and https:/${ZWJ}/github.com/o/r/pull/2`);
  });

  it("makes code spans that survive backticks and table pipes", () => {
    expect(codeSpan("a`b")).toBe("``a`b``");
    expect(codeSpan("`x")).toBe("`` `x ``");
    expect(codeSpan("a|b", true)).toBe("`a\\|b`");
  });

  it("keeps the engine's backtick quotes as code and escapes the rest", () => {
    expect(inlineMarkdown("Key `<x>` by @a")).toBe(`Key \`<x>\` by @${ZWJ}a`);
    expect(inlineMarkdown("odd ` tick <")).toBe("odd \\` tick &lt;");
  });
});

describe("sliceFlowchart", () => {
  it("uses generated node ids and entity-escaped labels, so no slice text breaks the chart", () => {
    const chart = sliceFlowchart([
      { id: "a", value: 'Say "hi" <b> ```end``` [x] {y} #1; a|b', dependsOn: [] },
    ]);
    expect(chart).toBe(
      [
        "```mermaid",
        "flowchart LR",
        '  s0["a<br/>Say #34;hi#34; #60;b#62; #96;#96;#96;end#96;#96;#96; #91;x#93; #123;y#125; #35;1#59; a#124;b"]',
        "```",
        "",
      ].join("\n"),
    );
  });

  it("draws nothing for an item without slices", () => {
    expect(sliceFlowchart([])).toBe("");
  });
});
