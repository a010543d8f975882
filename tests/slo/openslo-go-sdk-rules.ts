// OpenSLO's own validation of a v1 SLO, as its Go SDK states it (github.com/OpenSLO/go-sdk,
// pkg/openslo/v1: slo.go, sli.go, objects.go, duration_shorthand.go), transcribed rule by rule so
// the tests can hold the export to it without a Go toolchain. Returns the violations found.
type Doc = Record<string, unknown>;

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const LABEL_KEY = /^[a-zA-Z0-9]([-._a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$/;
const ANNOTATION_KEY =
  /^([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*\/)?[a-zA-Z0-9]([-._a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$/;
const DURATION = /^[0-9]+[mhdwMQY]$/;
const OPERATORS = ["gt", "lt", "gte", "lte"];
const BUDGETING = ["Occurrences", "Timeslices", "RatioTimeslices"];

const obj = (v: unknown): Doc | undefined =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Doc) : undefined;

function metadata(m: unknown, at: string, out: string[]): void {
  const meta = obj(m);
  if (!meta) return void out.push(`${at}: required`);
  const name = meta.name;
  if (typeof name !== "string" || !DNS_LABEL.test(name)) out.push(`${at}.name: not a DNS label`);
  if (typeof meta.displayName === "string" && meta.displayName.length > 63)
    out.push(`${at}.displayName: longer than 63`);
  for (const key of Object.keys(obj(meta.labels) ?? {}))
    if (!LABEL_KEY.test(key)) out.push(`${at}.labels: key ${key}`);
  for (const key of Object.keys(obj(meta.annotations) ?? {}))
    if (!ANNOTATION_KEY.test(key) || !/^(.{0,253}\/)?.{0,63}$/.test(key))
      out.push(`${at}.annotations: key ${key}`);
}

function metricSpec(m: unknown, at: string, out: string[]): void {
  const source = obj(obj(m)?.metricSource);
  if (!source) return void out.push(`${at}.metricSource: required`);
  if (typeof source.metricSourceRef === "string" && !DNS_LABEL.test(source.metricSourceRef))
    out.push(`${at}.metricSource.metricSourceRef: not a DNS label`);
  if (Object.keys(obj(source.spec) ?? {}).length < 1) out.push(`${at}.metricSource.spec: empty`);
}

function sliSpec(s: unknown, at: string, out: string[]): void {
  const spec = obj(s) ?? {};
  if (typeof spec.description === "string" && spec.description.length > 1050)
    out.push(`${at}.description: too long`);
  const threshold = spec.thresholdMetric !== undefined;
  const ratio = obj(spec.ratioMetric);
  if (threshold === (ratio !== undefined))
    out.push(`${at}: exactly one of thresholdMetric, ratioMetric`);
  if (threshold) metricSpec(spec.thresholdMetric, `${at}.thresholdMetric`, out);
  if (ratio) {
    const has = (k: string) => ratio[k] !== undefined;
    if (has("total") === has("raw")) out.push(`${at}.ratioMetric: exactly one of total, raw`);
    if (has("total")) {
      if (has("good") === has("bad")) out.push(`${at}.ratioMetric: exactly one of good, bad`);
      for (const k of ["total", "good", "bad"])
        if (has(k)) metricSpec(ratio[k], `${at}.ratioMetric.${k}`, out);
    }
  }
}

export function goSdkSloViolations(doc: Doc): string[] {
  const out: string[] = [];
  if (doc.apiVersion !== "openslo/v1") out.push("apiVersion");
  if (doc.kind !== "SLO") out.push("kind");
  metadata(doc.metadata, "metadata", out);
  const spec = obj(doc.spec) ?? {};
  if (typeof spec.description === "string" && spec.description.length > 1050)
    out.push("spec.description: too long");
  if (typeof spec.service !== "string" || spec.service === "") out.push("spec.service: required");
  if (!BUDGETING.includes(spec.budgetingMethod as string)) out.push("spec.budgetingMethod");
  const objectives = Array.isArray(spec.objectives) ? spec.objectives.map(obj) : [];
  const composite = objectives.some(
    (o) => o?.indicator !== undefined || o?.indicatorRef !== undefined,
  );
  const indicator = spec.indicator !== undefined || spec.indicatorRef !== undefined;
  if (composite === indicator)
    out.push("spec: indicator on the spec or on the objectives, one of them");
  if (spec.indicator !== undefined && spec.indicatorRef !== undefined)
    out.push("spec: indicator and indicatorRef are mutually exclusive");
  if (spec.indicator !== undefined) {
    metadata(obj(spec.indicator)?.metadata, "spec.indicator.metadata", out);
    sliSpec(obj(spec.indicator)?.spec, "spec.indicator.spec", out);
  }
  if (typeof spec.indicatorRef === "string" && !DNS_LABEL.test(spec.indicatorRef))
    out.push("spec.indicatorRef: not a DNS label");
  if (spec.timeWindow !== undefined) {
    const windows = Array.isArray(spec.timeWindow) ? spec.timeWindow.map(obj) : [];
    if (windows.length !== 1) out.push("spec.timeWindow: exactly one");
    windows.forEach((w, i) => {
      if (!DURATION.test(String(w?.duration))) out.push(`spec.timeWindow[${i}].duration`);
      if (w?.isRolling === true && w.calendar !== undefined)
        out.push(`spec.timeWindow[${i}]: calendar with isRolling`);
      if (w?.isRolling !== true && w?.calendar === undefined)
        out.push(`spec.timeWindow[${i}]: calendar needed`);
    });
  }
  objectives.forEach((o, i) => {
    const at = `spec.objectives[${i}]`;
    if (o?.op !== undefined && !OPERATORS.includes(o.op as string)) out.push(`${at}.op`);
    if ((o?.target === undefined) === (o?.targetPercent === undefined))
      out.push(`${at}: exactly one of target, targetPercent`);
    if (typeof o?.target === "number" && (o.target < 0 || o.target >= 1)) out.push(`${at}.target`);
    if (typeof o?.targetPercent === "number" && (o.targetPercent < 0 || o.targetPercent >= 100))
      out.push(`${at}.targetPercent`);
  });
  return out;
}
