import type { Finding } from "./findings/finding.js";
import { buildReport } from "./build-report.js";
import { itemValidator } from "./item/item-validator.js";
import { loadItem, type LoadedItem } from "./item/load-item.js";
import { shapeFindings } from "./item/shape-findings.js";
import { PositionIndex } from "./parse/position-index.js";
import type { ReadOptions } from "./parse/read-options.js";
import type { Policy } from "./policy/policy.js";
import {
  buildItemReport,
  buildItemVerdict,
  unreadableItemReport,
  unreadableItemVerdict,
} from "./item/item-report.js";
import type { ItemVerdict, Report } from "./report.js";
import { idDuplicate } from "./rules/id-duplicate.js";
import { itemRules, ruleCatalog } from "./rules/index.js";
import { record, text } from "./rules/read.js";
import type { ItemContext, PendingFinding } from "./rules/rule.js";
import { checkWaivers } from "./rules/waivers.js";
import type { SignOffFacts } from "./signoff/facts.js";
import { judgeSignOffs, type JudgedSignOff } from "./signoff/judge-sign-offs.js";
import type { SourceFile } from "./source.js";

export interface EvaluateInput {
  /** Item files to judge. */
  files: readonly SourceFile[];
  /** Other item files, read only for their ids (uniqueness across all items). */
  others?: readonly SourceFile[];
  /** Ids of item files read elsewhere (e.g. by another worker), for the same uniqueness check. */
  knownIds?: readonly ItemId[];
  policy: Policy;
  /** UTC date "YYYY-MM-DD"; tests fix it. */
  today: string;
  /** GitHub facts for verified sign-off; absent → sign-offs judged as written, with a notice. */
  signOff?: SignOffFacts;
  /**
   * Whether each item's views (title, sign-offs, slices, waivers) are built, for the JSON and
   * Markdown outputs; false gives verdicts only (see Report). Default true.
   */
  views?: boolean;
  /** How item files are read (e.g. without the fast reader); the surface decides. */
  read?: ReadOptions;
}

/** Inputs that ask for views (the default): the report's items are full ItemReports. */
type WithViews<T> = T & { views?: true };

export const UNVERIFIED_NOTICE =
  "Sign-offs were not verified against GitHub reviews here; they are judged as written.";

/**
 * files + policy (+ GitHub facts) → report. Pure and synchronous. Each file is loaded, judged and
 * let go in turn (in path order, so the first user of an id is known when a later one is judged):
 * holding every parsed item until the end cost a quarter of the peak memory on 10,000 items.
 */
export function evaluate(input: WithViews<EvaluateInput>): Report;
export function evaluate(input: EvaluateInput): Report<ItemVerdict>;
export function evaluate(input: EvaluateInput): Report<ItemVerdict> {
  const { policy, signOff } = input;
  const judged = new Set(input.files.map((f) => f.path));
  const owners = firstFileById(
    [],
    input.others ?? [],
    input.knownIds ?? [],
    policy,
    judged,
    input.read,
  );
  const options = {
    policy,
    today: input.today,
    signOff,
    catalog: ruleCatalog(),
    owners,
    views: input.views !== false,
  };
  const order = input.files
    .map((_, i) => i)
    .sort((a, b) => byPath(input.files[a]!, input.files[b]!));
  const items = new Array<ItemVerdict>(input.files.length);
  const findings: Finding[] = [];
  for (const i of order) {
    const loaded = loadItem(input.files[i]!, policy.limits.max_file_bytes, input.read);
    const id = loaded.ok ? text(loaded.data.id) : undefined;
    const owner = id === undefined ? undefined : owners.get(id);
    if (id !== undefined && (owner === undefined || loaded.file < owner))
      owners.set(id, loaded.file);
    items[i] = judgeLoaded(loaded, options, findings);
  }
  return buildReport(items, findings, signOff ? [] : [UNVERIFIED_NOTICE]);
}

/** The same, for files already loaded (the pull request flow loads them once to learn reviewers). */
export function evaluateLoaded(input: WithViews<LoadedInput>): Report;
export function evaluateLoaded(input: LoadedInput): Report<ItemVerdict>;
export function evaluateLoaded(input: LoadedInput): Report<ItemVerdict> {
  const { policy, today, signOff } = input;
  const catalog = ruleCatalog();
  const owners = firstFileById(
    input.loaded,
    input.others ?? [],
    input.knownIds ?? [],
    policy,
    undefined,
    input.read,
  );
  const findings: Finding[] = [];
  const views = input.views !== false;
  const items = input.loaded.map((loaded) =>
    judgeLoaded(loaded, { policy, today, signOff, catalog, owners, views }, findings),
  );
  return buildReport(items, findings, signOff ? [] : [UNVERIFIED_NOTICE]);
}

type LoadedInput = Omit<EvaluateInput, "files"> & { loaded: readonly LoadedItem[] };

/** One loaded file: its findings go to `findings`, its report is returned. */
function judgeLoaded(loaded: LoadedItem, options: JudgeOptions, findings: Finding[]): ItemVerdict {
  if (!loaded.ok) {
    findings.push(loaded.finding);
    return options.views ? unreadableItemReport(loaded.file) : unreadableItemVerdict(loaded.file);
  }
  const { pending, signOffs } = judgeItem(loaded.file, loaded.data, options);
  const located = locate(loaded.file, loaded.text, pending);
  // One at a time: spreading 155,000 findings into push() overflows the stack.
  for (const finding of located) findings.push(finding);
  return options.views
    ? buildItemReport(loaded.file, loaded.data, options.policy, signOffs, located)
    : buildItemVerdict(loaded.file, loaded.data, options.policy, located);
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

interface JudgeOptions {
  policy: Policy;
  today: string;
  signOff?: SignOffFacts;
  catalog: ReturnType<typeof ruleCatalog>;
  owners: Map<string, string>;
  views: boolean;
}

function judgeItem(
  file: string,
  data: Record<string, unknown>,
  options: JudgeOptions,
): { pending: PendingFinding[]; signOffs: JudgedSignOff[] } {
  const id = text(data.id);
  const validId = id !== undefined && /^[A-Z][A-Z0-9]*-[0-9]+$/.test(id);
  const label = validId ? id : file;
  const pending = shapeFindings(itemValidator(), data, label);
  if (id !== undefined && options.owners.get(id) !== undefined && options.owners.get(id) !== file) {
    pending.push({
      ruleId: idDuplicate.id,
      level: "error",
      path: ["id"],
      target: "value",
      message: `Item id ${id} is already used by ${options.owners.get(id)}`,
      hint: "Give this item an id of its own; ids are unique across all item files.",
    });
  }
  const status = text(data.status) ?? "";
  const context: ItemContext = {
    data,
    label,
    file,
    policy: options.policy,
    today: options.today,
    gated: options.policy.gate.statuses.includes(status),
    ai: data.ai === true,
    signOff: options.signOff,
    signOffs: judgeSignOffs(data, file, options.policy, options.today, options.signOff),
    report(rule, o) {
      pending.push({
        ruleId: rule.id,
        level: o.level ?? rule.level,
        path: o.path,
        target: o.target ?? "value",
        message: o.message,
        hint: o.hint,
      });
    },
  };
  for (const rule of itemRules) rule.check(context);
  const waived = checkWaivers(context, options.catalog);
  const kept =
    waived.size === 0
      ? pending
      : [...pending.filter((f) => !waived.has(f.ruleId)), ...waived.values()];
  return { pending: kept, signOffs: context.signOffs };
}

/** Positions are found only here, only for files with findings: the slow parse is paid by few. */
function locate(file: string, source: string, pending: (PendingFinding | undefined)[]): Finding[] {
  if (pending.length === 0) return [];
  const index = new PositionIndex(source);
  const found: Finding[] = [];
  for (let i = 0; i < pending.length; i++) {
    const f = pending[i]!;
    // Each pending finding (its path, its target) goes once it has a place: 200,000 of them need
    // not be alive beside their findings.
    pending[i] = undefined;
    const { line, column } = index.locate(f.path, f.target);
    found.push({
      ruleId: f.ruleId,
      level: f.level,
      file,
      line,
      column,
      message: f.message,
      hint: f.hint,
    });
  }
  return found;
}

/** The first file (in path order) that uses each id; later users of that id get `id-duplicate`. */
export interface ItemId {
  file: string;
  id: string;
}

/** The ids of loaded items, to share with evaluations of other files. */
export function itemIds(loaded: readonly LoadedItem[]): ItemId[] {
  return loaded.flatMap((item) => {
    const id = item.ok ? text(item.data.id) : undefined;
    return id === undefined ? [] : [{ file: item.file, id }];
  });
}

function firstFileById(
  loaded: readonly LoadedItem[],
  others: readonly SourceFile[],
  knownIds: readonly ItemId[],
  policy: Policy,
  judged: ReadonlySet<string> = new Set(loaded.map((l) => l.file)),
  read: ReadOptions = {},
): Map<string, string> {
  const entries: [string, string][] = itemIds(loaded).map((k) => [k.file, k.id]);
  for (const known of knownIds) if (!judged.has(known.file)) entries.push([known.file, known.id]);
  for (const other of others) {
    if (judged.has(other.path)) continue;
    const item = loadItem(other, policy.limits.max_file_bytes, read);
    const id = item.ok ? text(record(item.data)?.id) : undefined;
    if (id !== undefined) entries.push([other.path, id]);
  }
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const owners = new Map<string, string>();
  for (const [file, id] of entries) if (!owners.has(id)) owners.set(id, file);
  return owners;
}
