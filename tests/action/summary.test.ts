import { describe, expect, it } from "vitest";
import { summaryMarkdown } from "../../action/summary.js";
import { item, report } from "../format/report-builder.js";

const NONE = { error: 0, warning: 0, note: 0 };

describe("the job summary", () => {
  it("shows the at-a-glance table with each live check's column, as `report` does", () => {
    const md = summaryMarkdown(
      report({
        items: [
          item({
            metrics: [
              {
                kind: "latency",
                objective: "p95 <= 300ms",
                window: "7d",
                measured: { state: "met", value: 120, unit: "ms", window: "7d" },
              },
            ],
            instrumentation: [{ source: "metric", kind: "latency", query: "q", state: "data" }],
            people: [{ handle: "@lee", role: "owner", state: "unverifiable" }],
          }),
        ],
      }),
      { unshown: NONE },
    );
    expect(md).toContain(
      "| FEAT-1 | Bulk export | planned | ✅ pass | — | `latency` p95 &lt;= 300ms: ✅ 120 ms over 7d | ✅ yes (1/1) | ❔ 0/1 found<br>@\u200dlee (owner): could not be verified | `roadmap/feat-1.yaml` |\n",
    );
  });

  it("keeps the table as it was when no live check ran", () => {
    const md = summaryMarkdown(report(), { unshown: NONE });
    expect(md).toContain(
      "| item | title | status | verdict | sign-offs | file |\n|---|---|---|---|---|---|\n| FEAT-1 | Bulk export | planned | ✅ pass | — | `roadmap/feat-1.yaml` |\n\n",
    );
  });
});
