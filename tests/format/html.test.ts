import { describe, expect, it } from "vitest";
import { formatHtml } from "../../core/format/html.js";
import { escapeHtml } from "../../core/format/html-escape.js";
import { sliceSvg } from "../../core/format/slice-svg.js";
import type { ItemReport } from "../../core/report.js";
import { cpuTimed } from "../support/cpu-time.js";
import { finding, item, report } from "./report-builder.js";

const HOSTILE = `<img src=x onerror="alert('x')">&amp;`;

/** An item that says HOSTILE in every text the page shows, with every live fact present. */
function hostileItem(): ItemReport {
  return item({
    id: HOSTILE,
    title: HOSTILE,
    file: HOSTILE,
    status: HOSTILE,
    owner: HOSTILE,
    slices: [
      { id: HOSTILE, value: HOSTILE, dependsOn: [] },
      { id: "b", value: HOSTILE, dependsOn: [HOSTILE] },
    ],
    waivers: [{ rule: HOSTILE, reason: HOSTILE, approvedBy: HOSTILE, expires: HOSTILE }],
    metrics: [
      {
        kind: HOSTILE,
        objective: HOSTILE,
        window: HOSTILE,
        slo: { name: HOSTILE, status: "unknown" },
        measured: { state: "unmeasured", unit: HOSTILE, window: HOSTILE, reason: HOSTILE },
      },
    ],
    budgets: [
      { metric: HOSTILE, slo: HOSTILE, service: HOSTILE, reason: HOSTILE, state: "unknown" },
    ],
    instrumentation: [
      { source: "signal", kind: HOSTILE, query: HOSTILE, state: "no-data", reason: HOSTILE },
    ],
    people: [{ handle: HOSTILE, role: HOSTILE, state: "unknown", reason: HOSTILE }],
  });
}

describe("formatHtml", () => {
  it("escapes every text an item file, Prometheus or GitHub gave, and loads and runs nothing", () => {
    const html = formatHtml(
      report({
        items: [hostileItem()],
        findings: [finding({ file: HOSTILE, message: HOSTILE, hint: HOSTILE })],
        notices: [HOSTILE],
      }),
      { title: HOSTILE },
    );
    // Text may say `onerror=`; no tag may carry it, nor anything that loads.
    const tags = (html.match(/<[a-zA-Z][^>]*>/g) ?? []).map((t) => t.replace(/="[^"]*"/g, ""));
    expect(
      tags.filter((t) => /^<(img|script|link|iframe|object)|\s(on\w+|src)\b/i.test(t)),
    ).toEqual([]);
    expect(html).not.toMatch(/@import|url\((?!#slice-arrow\))/);
    // Title (page, heading), id, title, file, status, owner, slice ids and values (labels, tooltips,
    // caption), metric, budget, query, person, notice and finding texts: each shown escaped.
    const shown = html.split(escapeHtml(HOSTILE)).length - 1;
    expect(shown).toBeGreaterThanOrEqual(20);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
  });

  it("says 'not checked' for each live fact a report does not carry", () => {
    const html = formatHtml(
      report({
        items: [
          item({
            metrics: [
              { kind: "latency", objective: "p95 <= 300ms", window: "7d" },
              {
                kind: "error_budget",
                objective: "<= 0.1%",
                slo: { name: "s", status: "unchecked" },
              },
            ],
          }),
        ],
      }),
    );
    expect(html).toContain(
      "<li><b>–</b> objectives breached: not checked</li><li><b>–</b> queries without data: not checked</li><li><b>–</b> people not found: not checked</li>",
    );
    const row = rowOf(html, "FEAT-1");
    expect(cells(row)).toEqual([
      "FEAT-1 Bulk exportroadmap/feat-1.yaml",
      "planned",
      "✔ pass",
      "@lee– people: not checked",
      "latency p95 <= 300ms over 7d– measured: not checked" +
        "error_budget <= 0.1%– measured: not checked– error budget: not checked",
      "– not checked",
    ]);
  });

  it("shows measured values, budgets, data and people beside each objective", () => {
    const html = formatHtml(
      report({
        items: [
          item({
            verdict: "fail",
            errors: 2,
            warnings: 1,
            metrics: [
              {
                kind: "latency",
                objective: "p95 <= 300ms",
                window: "7d",
                slo: { name: "api", status: "found" },
                measured: { state: "breached", value: 412.345678, unit: "ms", window: "7d" },
              },
              {
                kind: "pipeline_reliability",
                objective: ">= 99.9%",
                window: "28d",
                // The check's own text of the value, rounded as its finding says it.
                measured: {
                  state: "breached",
                  value: 99.899612,
                  unit: "%",
                  window: "28d",
                  shown: "99.89961%",
                },
              },
              {
                kind: "drift_alerts",
                objective: "<= 2/week",
                window: "4w",
                measured: { state: "unmeasured", unit: "/week", window: "4w", reason: "no series" },
              },
            ],
            budgets: [
              {
                metric: "latency",
                slo: "api",
                service: "s",
                window: "28d",
                remaining: 0.25,
                state: "ok",
              },
            ],
            instrumentation: [
              { source: "metric", kind: "latency", query: "rate(a[1h])", state: "data" },
              { source: "signal", kind: "logging", query: 'up{job="x"}', state: "no-data" },
              {
                source: "signal",
                kind: "failures",
                query: "b",
                state: "unknown",
                reason: "timeout",
              },
            ],
            people: [
              { handle: "@lee", role: "owner", state: "ok" },
              { handle: "@gone", role: "domain expert", state: "not-member" },
            ],
          }),
        ],
      }),
    );
    expect(cells(rowOf(html, "FEAT-1")).slice(2)).toEqual([
      "✘ fail (2 errors, 1 warning)",
      "@lee✘ 1 of 2 people found✘ @gone (domain expert): not a member",
      "latency p95 <= 300ms over 7d✘ 412.346 ms over 7d: breached⚠ 25% of the 28d error budget left" +
        "pipeline_reliability >= 99.9% over 28d✘ 99.89961% over 28d: breached" +
        "drift_alerts <= 2/week over 4w? unmeasured: no series",
      '✘ no: 1 of 3 queries returns no data✘ no data logging (signal): up{job="x"}' +
        "? unknown failures (signal): b timeout",
    ]);
    expect(html).toContain("<li><b>2</b> objectives breached</li>");
    expect(html).toContain("<li><b>1</b> queries without data</li>");
    expect(html).toContain("<li><b>1</b> people not found</li>");
  });

  it("lists findings with their place and rule page", () => {
    const html = formatHtml(report({ findings: [finding()] }));
    expect(html).toContain(
      "<td><code>roadmap/feat-1.yaml:3:1</code></td><td>FEAT-1 is `planned` but has no `latency` metric",
    );
    expect(html).toMatch(
      /<a href="https:[^"]+metric-missing\.md"><code>metric-missing<\/code><\/a>/,
    );
  });

  it("renders 2,000 items in about 8 times the CPU of 250 (linear, not quadratic)", () => {
    const items = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        item({
          id: `FEAT-${i}`,
          file: `roadmap/feat-${i}.yaml`,
          title: `<b>${"x".repeat(200)}</b>`,
          slices: Array.from({ length: 5 }, (_, s) => ({
            id: `s${s}`,
            value: "v".repeat(100),
            dependsOn: s === 0 ? [] : [`s${s - 1}`],
          })),
          metrics: ["latency", "error_budget", "pipeline_reliability", "drift_alerts"].map(
            (kind) => ({
              kind,
              objective: ">= 99%",
              window: "28d",
              measured: { state: "met" as const, value: 99.5, unit: "%", window: "28d" },
            }),
          ),
          instrumentation: [{ source: "metric", kind: "latency", query: "q", state: "data" }],
          people: [{ handle: "@lee", role: "owner", state: "ok" }],
        }),
      );
    const small = report({ items: items(250) });
    const large = report({ items: items(2_000) });
    formatHtml(small); // warm up: the first run compiles
    const a = cpuTimed(() => formatHtml(small));
    const b = cpuTimed(() => formatHtml(large));
    expect(b.value.split('<tr><th scope="row">').length - 1).toBe(2_000);
    expect(b.value.split("<figure ").length - 1).toBe(2_000);
    // Linear is 8; quadratic would be 64. The margin absorbs garbage collection on a busy machine.
    expect(b.ms / Math.max(a.ms, 1)).toBeLessThan(24);
  });
});

describe("sliceSvg", () => {
  it("places each slice one column right of the deepest slice it depends on", () => {
    const svg = sliceSvg(
      [
        { id: "api", value: "A", dependsOn: [] },
        { id: "ui", value: "B", dependsOn: ["api"] },
        { id: "mail", value: "C", dependsOn: ["api"] },
        { id: "done", value: "D", dependsOn: ["ui", "mail", "nowhere", "later"] },
        { id: "later", value: "E", dependsOn: [] },
      ],
      "graph",
    );
    expect([...svg.matchAll(/translate\((\d+) (\d+)\)/g)].map((m) => `${m[1]},${m[2]}`)).toEqual([
      "8,8",
      "256,8",
      "256,72",
      "504,8",
      "8,72",
    ]);
    // api→ui, api→mail, ui→done, mail→done, later→done (drawn, though it does not move `done`).
    expect(svg.split('class="edge"').length - 1).toBe(5);
    expect(svg).toContain('width="712" height="126"');
  });

  it("draws a dependency that cannot point rightwards dashed, under the boxes", () => {
    const svg = sliceSvg(
      [
        { id: "save", value: "A", dependsOn: ["share"] },
        { id: "share", value: "B", dependsOn: ["save"] },
      ],
      "graph",
    );
    expect(svg).toContain(
      '<path class="edge" marker-end="url(#slice-arrow)" d="M208 31C232 31 232 31 256 31"/>',
    );
    expect(svg).toContain(
      '<path class="edge out-of-order" marker-end="url(#slice-arrow)" d="M356 54C356 84 108 84 108 54"/>',
    );
    expect(svg).toContain('width="464" height="92"');
  });

  it("draws a chain of 20,000 slices in one pass", () => {
    const slices = Array.from({ length: 20_000 }, (_, i) => ({
      id: `s${i}`,
      value: "v",
      dependsOn: i === 0 ? [] : [`s${i - 1}`],
    }));
    const { value, ms } = cpuTimed(() => sliceSvg(slices, "chain"));
    expect(value.split('class="edge"').length - 1).toBe(19_999);
    expect(ms).toBeLessThan(1_000);
  });

  it("shortens long labels and keeps the whole text in the tooltip", () => {
    const value = "é".repeat(500_000);
    const svg = sliceSvg([{ id: "a", value, dependsOn: [] }], "g");
    expect(svg).toContain(`<text x="10" y="36">${"é".repeat(29)}…</text>`);
    expect(svg).toContain(`<title>a: ${value}</title>`);
  });
});

/** The row whose header starts with this id, as its HTML. */
function rowOf(html: string, id: string): string {
  const start = html.indexOf(`<tr><th scope="row"><span class="id">${id}</span>`);
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf("</tr>", start));
}

/** Each cell's text as a reader sees it, tags dropped and entities read. */
function cells(row: string): string[] {
  return row
    .split(/<t[hd][^>]*>/)
    .slice(1)
    .map((cell) =>
      cell
        .replace(/<[^>]*>/g, "")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, "&")
        .replace(/ +/g, " ")
        .trim(),
    );
}
