import type { Finding } from "../findings/finding.js";
import type { LoadedItem } from "../load/load-item.js";
import type { Policy } from "../policy/policy.js";
import { list, record, text } from "../data/read.js";
import { waiverApplied } from "../rules/waiver-applied.js";
import type { ChecklistLine, ChecklistSource, ItemChecklist } from "./checklist.js";
import { lineSpecs, missingRules, type LineSpec } from "./checklist-lines.js";
import { ItemSections } from "./item-sections.js";

export interface ChecklistInput {
  loaded: LoadedItem;
  /** The engine's findings for this item's file. */
  findings: readonly Finding[];
  policy: Policy;
  today: string;
  source: ChecklistSource;
}

/** Findings the lines say already: a section missing (its line's presence check), a waiver note. */
const SAID_BY_LINES = new Set([...missingRules, waiverApplied].map((rule) => rule.meta.id));

/**
 * An item's checklist for its tracking issue: owner and experts, slices, each required metric and
 * instrumentation kind, risk review and sign-offs, each ticked from the item's data and the
 * engine's findings. Pure: the surface fetched and evaluated the item.
 */
export function buildChecklist(input: ChecklistInput): ItemChecklist {
  const { loaded, policy, source } = input;
  if (!loaded.ok) {
    return {
      file: loaded.file,
      source,
      gated: false,
      unreadable: loaded.finding,
      lines: [],
      ready: false,
    };
  }
  const data = loaded.data;
  const status = text(data.status);
  const gated = status !== undefined && policy.gate.statuses.includes(status);
  const sections = new ItemSections(loaded.text, data);
  const specs = lineSpecs(data, loaded.file, input.policy, input.today);
  const waived = waivedRules(data, input.findings, sections);

  const owned = new Map<LineSpec, Finding[]>(specs.map((s) => [s, []]));
  const others: Finding[] = [];
  for (const finding of input.findings) {
    if (finding.level === "note" || SAID_BY_LINES.has(finding.ruleId)) continue;
    const spec =
      specs.find((s) => s.rulePrefix !== undefined && finding.ruleId.startsWith(s.rulePrefix)) ??
      specs.find(
        (s) => s.keyRules?.includes(finding.ruleId) && sections.atKey(s.paths[0]!, finding),
      ) ??
      specs.find(
        (s) =>
          s.paths.some((p) => sections.contains(p, finding)) &&
          !(s.except ?? []).some((p) => sections.contains(p, finding)),
      );
    if (spec) owned.get(spec)!.push(finding);
    else others.push(finding);
  }

  const lines = specs.map((spec) =>
    toLine(spec, owned.get(spec)!, waived, sections.lineOf(spec.paths[0]!)),
  );
  const otherErrors = others.filter((f) => f.level === "error");
  if (otherErrors.length > 0) {
    lines.push({
      label: "No other errors in the item",
      done: false,
      fix: otherErrors
        .slice(0, 5)
        .map((f) => `${f.message}. ${f.hint}`)
        .join(" "),
      line: otherErrors[0]!.line,
    });
  }
  return {
    file: loaded.file,
    source,
    id: text(data.id),
    title: text(data.title),
    status,
    gated,
    lines,
    ready: lines.every((l) => l.done),
  };
}

function toLine(
  spec: LineSpec,
  findings: Finding[],
  waived: Map<string, string>,
  line: number,
): ChecklistLine {
  const errors = findings.filter((f) => f.level === "error");
  const warnings = findings.filter((f) => f.level === "warning").map((f) => f.message);
  const extra = warnings.length > 0 ? { warnings } : {};
  const until = spec.missingRule === undefined ? undefined : waived.get(spec.missingRule);
  if (!spec.present && until !== undefined)
    return { label: spec.label, done: true, waived: until, ...extra };
  if (!spec.present)
    return { label: spec.label, done: false, fix: spec.missingFix, line, ...extra };
  const first = errors[0];
  if (first) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
    return {
      label: spec.label,
      done: false,
      fix: `${first.message}${more}. ${first.hint}`,
      line: first.line,
      ...extra,
    };
  }
  return { label: spec.label, done: true, detail: spec.detail, ...extra };
}

/** Rules silenced by a waiver in force (the engine notes each with `waiver-applied`), to its expiry. */
function waivedRules(
  data: Record<string, unknown>,
  findings: readonly Finding[],
  sections: ItemSections,
): Map<string, string> {
  const waived = new Map<string, string>();
  list(data.waivers).forEach((raw, i) => {
    const waiver = record(raw);
    const rule = text(waiver?.rule);
    const applied = findings.some(
      (f) => f.ruleId === waiverApplied.meta.id && sections.contains(["waivers", i], f),
    );
    if (rule !== undefined && applied) waived.set(rule, `until ${text(waiver?.expires) ?? "?"}`);
  });
  return waived;
}
