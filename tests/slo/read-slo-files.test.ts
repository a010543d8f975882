import { describe, expect, it } from "vitest";
import { readSloFiles } from "../../core/load/read-slo-files.js";
import type { Slo } from "../../core/slo/slo.js";
import { buildSloIndex, resolveSlo } from "../../core/slo/slo-index.js";
import { at, sources } from "../core/support/evaluate.js";
import { ALL_FORMATS, sloFixtures } from "./support.js";

const OPTIONS = { maxBytes: 1 << 20, slothPeriod: "30d" };

function read(files: Record<string, string | Uint8Array>, options = OPTIONS) {
  return readSloFiles(sources(files), options);
}

function slo(name: string, slos: Slo[], service?: string): Slo {
  const found = slos.find(
    (s) => s.name === name && (service === undefined || s.service === service),
  );
  if (!found) throw new Error(`no SLO ${name}`);
  return found;
}

describe("reading SLO files", () => {
  const files = sloFixtures(...ALL_FORMATS);
  const { slos, findings } = read(files);

  it("reads all four formats without a finding", () => {
    expect(findings).toEqual([]);
    expect(slos.map((s) => `${s.format}:${s.service ?? "-"}/${s.name}`).sort()).toEqual([
      "openslo:checkout/checkout-availability",
      "openslo:checkout/checkout-latency",
      "pyrra:-/api-errors",
      "pyrra:-/api-latency",
      "pyrra:-/prober-up",
      "sloth:ledger/writes-availability",
      "sloth:payments/requests-availability",
      "sloth:payments/requests-latency",
      "sloth:search/requests-availability",
    ]);
  });

  it("reads an OpenSLO target (0..1) and an indicatorRef SLO's rolling window", () => {
    const file = "slo/openslo.yaml";
    expect(slo("checkout-availability", slos)).toEqual({
      name: "checkout-availability",
      service: "checkout",
      format: "openslo",
      file,
      ...at(files[file]!, "name: |checkout-availability"),
      targetPercent: 99.5,
      windowDays: 28,
      window: "4w",
      objectives: [{ targetPercent: 99.5 }],
    });
  });

  it("reads an OpenSLO targetPercent and a threshold objective's op and value", () => {
    expect(slo("checkout-latency", slos).objectives).toEqual([
      { targetPercent: 95, threshold: { value: 300, unit: "item", op: "lte" } },
    ]);
  });

  it("reads every service of a Sloth stream, with the window from slo.sloth_period", () => {
    const file = "slo/sloth.yaml";
    expect(slo("requests-availability", slos, "search")).toMatchObject({
      file,
      ...at(files[file]!, '"requests-availability"', 2),
      targetPercent: 99.5,
      windowDays: 30,
      window: "30d (slo.sloth_period)",
    });
    const period = read(sloFixtures("sloth.yaml"), { ...OPTIONS, slothPeriod: "4w" });
    expect(period.slos.every((s) => s.windowDays === 28)).toBe(true);
  });

  it("reads the Sloth CRD under spec", () => {
    expect(slo("writes-availability", slos)).toMatchObject({
      service: "ledger",
      targetPercent: 99.95,
      file: "slo/sloth-crd.yaml",
      ...at(files["slo/sloth-crd.yaml"]!, '"writes-availability"'),
    });
  });

  it("reads Pyrra's text target, its window, and a latency indicator's le in seconds", () => {
    expect(slo("api-latency", slos)).toMatchObject({
      targetPercent: 95,
      windowDays: 14,
      objectives: [{ targetPercent: 95, threshold: { value: 0.5, unit: "s" } }],
    });
    expect(slo("prober-up", slos)).toMatchObject({ targetPercent: 99, windowDays: 7 });
  });

  it("resolves bare names, service/name, and says when a bare name is ambiguous", () => {
    const index = buildSloIndex(slos);
    expect(resolveSlo(index, "api-errors")).toEqual({
      kind: "found",
      slo: slo("api-errors", slos),
    });
    expect(resolveSlo(index, "search/requests-availability")).toEqual({
      kind: "found",
      slo: slo("requests-availability", slos, "search"),
    });
    expect(resolveSlo(index, "requests-availability")).toEqual({
      kind: "ambiguous",
      matches: [
        slo("requests-availability", slos, "payments"),
        slo("requests-availability", slos, "search"),
      ],
    });
    expect(resolveSlo(index, "checkout-availabilty")).toEqual({
      kind: "unknown",
      nearest: ["checkout-availability"],
    });
  });
});

describe("where an SLO is", () => {
  it("finds names written in flow style or after a name-like line, as the position index does", () => {
    const text = [
      "apiVersion: pyrra.dev/v1alpha1",
      "kind: ServiceLevelObjective",
      "spec: { description: 'name: api', target: '99', window: 28d }",
      "metadata: {namespace: m, name: api}",
      "",
    ].join("\n");
    const { slos } = read({ "slo/flow.yaml": `# a comment\n---\n${text}` });
    expect(slos.map((s) => [s.name, s.line, s.column])).toEqual([["api", 6, 32]]);
  });
});

describe("SLO files that are not SLOs", () => {
  const invalid = (file: string, line: number, column: number, message: string) => ({
    ruleId: "slo-file-invalid",
    level: "error",
    file,
    line,
    column,
    message: expect.stringContaining(message) as unknown as string,
    hint: expect.stringMatching(/\S/) as unknown as string,
  });

  it("reports broken YAML at its line, in a later document of the stream", () => {
    const text =
      "version: prometheus/v1\nservice: a\nslos: []\n---\nversion: prometheus/v1\nservice: [\n";
    expect(read({ "slo/a.yaml": text }).findings).toEqual([
      invalid("slo/a.yaml", 3, 7, "no slos"),
      invalid("slo/a.yaml", 7, 1, "Invalid YAML"),
    ]);
  });

  it("reports a document in none of the formats at its apiVersion, and keeps the other SLOs", () => {
    const pyrra = sloFixtures("pyrra.yaml")["slo/pyrra.yaml"]!;
    const text = `${pyrra}---\napiVersion: v1\nkind: ConfigMap\n`;
    const { slos, findings } = read({ "slo/mixed.yaml": text });
    expect(slos.map((s) => s.name)).toEqual(["api-errors", "api-latency", "prober-up"]);
    expect(findings).toEqual([
      invalid("slo/mixed.yaml", at(text, "apiVersion: |v1").line, 13, 'apiVersion "v1"'),
    ]);
  });

  it("reports an SLO without a usable target at the target, and keeps its siblings", () => {
    const text = [
      "version: prometheus/v1",
      "service: a",
      "slos:",
      "  - name: good",
      "    objective: 99",
      "  - name: bad",
      "    objective: 0",
      "",
    ].join("\n");
    const { slos, findings } = read({ "slo/a.yaml": text });
    expect(slos.map((s) => s.name)).toEqual(["good"]);
    expect(findings).toEqual([invalid("slo/a.yaml", 7, 16, "objective must be a percentage")]);
  });

  it("says a name that is a number must be a string, in every format, at the name", () => {
    const openslo = "apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: 12345\nspec: {}\n";
    const pyrra =
      "apiVersion: pyrra.dev/v1alpha1\nkind: ServiceLevelObjective\nmetadata:\n  name: 12345\n";
    const sloth = "version: prometheus/v1\nservice: s\nslos:\n  - name: 12345\n    objective: 99\n";
    const missing = "apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  labels: {}\nspec: {}\n";
    const { findings } = read({
      "slo/a.yaml": openslo,
      "slo/b.yaml": pyrra,
      "slo/c.yaml": sloth,
      "slo/d.yaml": missing,
    });
    expect(findings.map((f) => [f.file, f.line, f.column, f.message])).toEqual([
      [
        "slo/a.yaml",
        4,
        9,
        'The OpenSLO SLO has metadata.name the number 12345, but a name must be a string: quote it, e.g. "12345"',
      ],
      [
        "slo/b.yaml",
        4,
        9,
        'The Pyrra ServiceLevelObjective has metadata.name the number 12345, but a name must be a string: quote it, e.g. "12345"',
      ],
      [
        "slo/c.yaml",
        4,
        11,
        'The Sloth spec: SLO 1 has name the number 12345, but a name must be a string: quote it, e.g. "12345"',
      ],
      ["slo/d.yaml", 4, 3, "The OpenSLO SLO has no metadata.name"],
    ]);
  });

  it("reports an OpenSLO target written as a percentage", () => {
    const text = [
      "apiVersion: openslo/v1",
      "kind: SLO",
      "metadata:",
      "  name: a",
      "spec:",
      "  service: s",
      "  objectives:",
      "    - target: 99.5",
      "",
    ].join("\n");
    expect(read({ "slo/a.yaml": text }).findings).toEqual([
      invalid("slo/a.yaml", 8, 15, "outside [0, 1)"),
    ]);
  });

  it("reports an unknown Sloth SLO key with the key it is nearest, not a missing objective", () => {
    const text = [
      "version: prometheus/v1",
      "service: a",
      "slos:",
      "  - name: typo",
      "    objetive: 99.9",
      "    sli:",
      "      events:",
      "        error_query: sum(rate(e[{{.window}}]))",
      "        total_query: sum(rate(t[{{.window}}]))",
      "",
    ].join("\n");
    const { slos, findings } = read({ "slo/a.yaml": text });
    expect(slos).toEqual([]);
    expect(findings).toEqual([
      invalid(
        "slo/a.yaml",
        5,
        5,
        'Sloth SLO typo: unknown key "objetive"; did you mean objective?',
      ),
    ]);
  });

  it("checks Sloth queries as Sloth does: {{ .window }}, PromQL, error and total differ", () => {
    const text = [
      "version: prometheus/v1",
      "service: a",
      "slos:",
      "  - name: no-window",
      "    objective: 99",
      "    sli:",
      "      events:",
      "        error_query: sum(rate(e[5m]))",
      "        total_query: sum(rate(t[{{ .window }}]))",
      "  - name: unclosed",
      "    objective: 99",
      "    sli:",
      "      events:",
      "        error_query: sum(rate(e[{{.window}}]))",
      "        total_query: sum(rate(t[{{.window}}])",
      "  - name: same",
      "    objective: 99",
      "    sli:",
      "      raw:",
      "        error_ratio_query: ratio_rate{{.window}}",
      "      events:",
      "        error_query: sum(rate(t[{{.window}}]))",
      "        total_query: sum(rate(t[{{.window}}]))",
      "",
    ].join("\n");
    const { slos, findings } = read({ "slo/a.yaml": text });
    // The SLOs are still read, so links to them resolve; the file is what fails.
    expect(slos.map((s) => s.name)).toEqual(["no-window", "unclosed", "same"]);
    expect(findings).toEqual([
      invalid(
        "slo/a.yaml",
        8,
        22,
        "Sloth SLO no-window: sli.events.error_query has no {{ .window }}",
      ),
      invalid(
        "slo/a.yaml",
        15,
        22,
        "Sloth SLO unclosed: sli.events.total_query is not a valid PromQL query: the query ends too early",
      ),
      invalid(
        "slo/a.yaml",
        23,
        22,
        "Sloth SLO same: sli.events.error_query and total_query are the same",
      ),
    ]);
  });

  it("parses the Prometheus queries of OpenSLO and Pyrra SLOs, at their line", () => {
    const openslo = [
      "apiVersion: openslo/v1",
      "kind: SLI",
      "metadata:",
      "  name: ratio",
      "spec:",
      "  ratioMetric:",
      "    total:",
      "      metricSource:",
      "        type: Prometheus",
      "        spec:",
      "          query: sum(rate(t[5m])",
      "---",
      "apiVersion: openslo/v1",
      "kind: SLO",
      "metadata:",
      "  name: fast",
      "spec:",
      "  service: s",
      "  indicator:",
      "    metadata:",
      "      name: fast-sli",
      "    spec:",
      "      thresholdMetric:",
      "        metricSource:",
      "          type: prometheus",
      "          spec:",
      "            query: histogram_quantile(0.95, sum by (le) (rate(d_bucket[5m]))",
      "  objectives:",
      "    - op: lte",
      "      value: 300",
      "      targetPercent: 95",
      "",
    ].join("\n");
    const pyrra = [
      "apiVersion: pyrra.dev/v1alpha1",
      "kind: ServiceLevelObjective",
      "metadata:",
      "  name: api",
      "spec:",
      '  target: "99"',
      "  window: 28d",
      "  indicator:",
      "    ratio:",
      "      errors:",
      '        metric: http_requests_total{code=~"5.."',
      "      total:",
      "        metric: http_requests_total",
      "",
    ].join("\n");
    const { slos, findings } = read({ "slo/o.yaml": openslo, "slo/p.yaml": pyrra });
    expect(slos.map((s) => s.name)).toEqual(["fast", "api"]);
    expect(findings).toEqual([
      invalid(
        "slo/o.yaml",
        11,
        18,
        "OpenSLO SLI ratio: ratioMetric.total query is not a valid PromQL",
      ),
      invalid(
        "slo/o.yaml",
        27,
        20,
        "OpenSLO SLO fast: thresholdMetric query is not a valid PromQL",
      ),
      invalid(
        "slo/p.yaml",
        11,
        17,
        "Pyrra SLO api: indicator.ratio.errors.metric is not a valid PromQL",
      ),
    ]);
  });

  it("applies the item limits: size, UTF-8, alias bombs", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${"bcdefghi"[i]}: &${"bcdefghi"[i]} [${Array(10)
          .fill(`*${i === 0 ? "a" : "bcdefghi"[i - 1]}`)
          .join(", ")}]`,
      );
    const { findings } = read(
      {
        "slo/big.yaml": "x".repeat(100),
        "slo/latin1.yaml": new Uint8Array([0x61, 0x3a, 0x20, 0xe9, 0x0a]),
        "slo/bomb.yaml": `${bomb.join("\n")}\n`,
      },
      { ...OPTIONS, maxBytes: 90 * 1024 },
    );
    expect(findings.map((f) => [f.file, f.line])).toEqual([
      ["slo/big.yaml", 1],
      ["slo/bomb.yaml", 1],
      ["slo/latin1.yaml", 1],
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining("not a mapping"),
      expect.stringContaining("aliases"),
      expect.stringContaining("not UTF-8"),
    ]);
    const tooBig = read({ "slo/big.yaml": "x".repeat(100) }, { ...OPTIONS, maxBytes: 50 });
    expect(tooBig.findings).toEqual([invalid("slo/big.yaml", 1, 1, "the limit is 50")]);
  });
});
