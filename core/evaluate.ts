import type { ErrorBudgetFacts } from "./error-budget/facts.js";
import type { LiveFacts } from "./live/facts.js";
import type { PeopleFacts } from "./people/facts.js";
import type { Finding } from "./findings/finding.js";
import { buildReport } from "./build-report.js";
import { itemValidator } from "./item/item-validator.js";
import { loadItem, type LoadedItem } from "./load/load-item.js";
import { shapeFindings } from "./load/shape-findings.js";
import { PositionIndex } from "./parse/position-index.js";
import type { ReadOptions } from "./parse/read-options.js";
import type { Policy } from "./policy/policy.js";
import {
  buildItemReport,
  buildItemVerdict,
  unreadableItemReport,
  unreadableItemVerdict,
} from "./item-report.js";
import type { ItemVerdict, Report } from "./report.js";
import { addHolder, idHolders, type ItemId } from "./load/id-holders.js";
import { itemRules, ruleCatalog, waiverRules } from "./rules/index.js";
import { text } from "./data/read.js";
import type { ItemFacts, PendingFinding } from "./rules/rule.js";
import { itemContexts, pendingFinding, type ItemReports } from "./rules/context.js";
import { checkWaivers, waivable } from "./check-waivers.js";
import type { SignOffFacts } from "./signoff/facts.js";
import { judgeSignOffs, type JudgedSignOff } from "./signoff/judge-sign-offs.js";
import type { SourceFile } from "./source.js";
import { readSloFiles, sloReadOptions } from "./load/read-slo-files.js";
import type { SloCatalog } from "./slo/slo.js";
import { buildSloIndex, type SloIndex } from "./slo/slo-index.js";
import { positionInScalar } from "./parse/scalar-offset.js";

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
   * SLO files (policy `slo.files`), read like items: contents, never paths. Given (even empty),
   * each metric's `slo:` is checked against them; absent, there is no cross-check.
   */
  sloFiles?: readonly SourceFile[];
  /**
   * SLOs read already (readSloFiles), e.g. once for several workers; wins over `sloFiles`. Its
   * findings are the caller's to report: they are not added here.
   */
  sloCatalog?: SloCatalog;
  /**
   * Whether each item's views (title, sign-offs, slices, waivers) are built, for the JSON and
   * Markdown outputs; false gives verdicts only (see Report). Default true.
   */
  views?: boolean;
  /** What Prometheus said, for the items the error-budget gate applies to (SPEC section 8). */
  errorBudget?: ErrorBudgetFacts;
  /** What Prometheus said, for the live checks of instrumentation and objectives (SPEC 9.1, 9.2). */
  live?: LiveFacts;
  /** What GitHub said of the handles items name, for the items the people checks apply to (9.3). */
  people?: PeopleFacts;
  /**
   * Told the path of each file (item, file read for its id, SLO file) before it is loaded and
   * before it is judged. A surface that judges in a worker thread uses it to know which file was
   * running when it stops a slow evaluation.
   */
  onFile?: (path: string) => void;
  /** How item files are read (e.g. without the fast reader); the surface decides. */
  read?: ReadOptions;
}

/** Inputs that ask for views (the default): the report's items are full ItemReports. */
type WithViews<T> = T & { views?: true };

export const UNVERIFIED_NOTICE =
  "Sign-offs were not verified against GitHub reviews here; they are judged as written.";

/**
 * files + policy (+ GitHub facts) → report. Pure and synchronous. Each file is loaded, judged and
 * let go in turn: holding every parsed item until the end cost a quarter of the peak memory on
 * 10,000 items. A file whose id a file judged after it turns out to share is judged once more at
 * the end, so that every file sharing an id names all the others (duplicates are rare).
 */
export function evaluate(input: WithViews<EvaluateInput>): Report;
export function evaluate(input: EvaluateInput): Report<ItemVerdict>;
export function evaluate(input: EvaluateInput): Report<ItemVerdict> {
  const { policy, signOff } = input;
  const judged = new Set(input.files.map((f) => f.path));
  const holders = idHolders([], input.others ?? [], input.knownIds ?? [], policy, {
    judged,
    onFile: input.onFile,
    read: input.read,
  });
  const slos = sloSources(input);
  const options: JudgeOptions = {
    policy,
    today: input.today,
    signOff,
    catalog: ruleCatalog(),
    holders,
    views: input.views !== false,
    errorBudget: input.errorBudget,
    live: input.live,
    slos: slos.index,
    people: input.people,
  };
  const order = input.files
    .map((_, i) => i)
    .sort((a, b) => byPath(input.files[a]!, input.files[b]!));
  const items = new Array<ItemVerdict>(input.files.length);
  const findings = new Array<readonly Finding[]>(input.files.length + 1);
  findings[input.files.length] = slos.findings;
  const ids = new Array<string | undefined>(input.files.length);
  const holdersSeen = new Array<number>(input.files.length);
  const judge = (i: number) => {
    input.onFile?.(input.files[i]!.path);
    const loaded = loadItem(input.files[i]!, policy.limits.max_file_bytes, input.read);
    const id = loaded.ok ? text(loaded.data.id) : undefined;
    if (id !== undefined && ids[i] === undefined) addHolder(holders, id, loaded.file);
    ids[i] = id;
    holdersSeen[i] = id === undefined ? 0 : holders.get(id)!.length;
    const own: Finding[] = [];
    findings[i] = own;
    items[i] = judgeLoaded(loaded, options, own);
  };
  for (const i of order) judge(i);
  for (const i of order) {
    const id = ids[i];
    if (id !== undefined && holders.get(id)!.length !== holdersSeen[i]) judge(i);
  }
  return buildReport(items, findings.flat(), signOff ? [] : [UNVERIFIED_NOTICE]);
}

/** The same, for files already loaded (the pull request flow loads them once to learn reviewers). */
export function evaluateLoaded(input: WithViews<LoadedInput>): Report;
export function evaluateLoaded(input: LoadedInput): Report<ItemVerdict>;
export function evaluateLoaded(input: LoadedInput): Report<ItemVerdict> {
  const { policy, today, signOff, errorBudget, live } = input;
  const catalog = ruleCatalog();
  const holders = idHolders(input.loaded, input.others ?? [], input.knownIds ?? [], policy, {
    onFile: input.onFile,
    read: input.read,
  });
  const slos = sloSources(input);
  const findings: Finding[] = [...slos.findings];
  const views = input.views !== false;
  const items = input.loaded.map((loaded) => {
    input.onFile?.(loaded.file);
    return judgeLoaded(
      loaded,
      {
        policy,
        today,
        signOff,
        catalog,
        holders,
        views,
        slos: slos.index,
        errorBudget,
        live,
        people: input.people,
      },
      findings,
    );
  });
  return buildReport(items, findings, signOff ? [] : [UNVERIFIED_NOTICE]);
}

type LoadedInput = Omit<EvaluateInput, "files"> & { loaded: readonly LoadedItem[] };

/** The SLO index items are checked against, and the SLO files' own findings (read here only). */
function sloSources(input: Omit<EvaluateInput, "files">): {
  index?: SloIndex;
  findings: readonly Finding[];
} {
  if (input.sloCatalog) return { index: buildSloIndex(input.sloCatalog.slos), findings: [] };
  if (!input.sloFiles) return { findings: [] };
  const catalog = readSloFiles(input.sloFiles, {
    ...sloReadOptions(input.policy),
    onFile: input.onFile,
  });
  return { index: buildSloIndex(catalog.slos), findings: catalog.findings };
}

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
    ? buildItemReport(
        loaded.file,
        loaded.data,
        options.policy,
        signOffs,
        located,
        options.slos,
        options.errorBudget,
        options.live,
        options.people,
      )
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
  /** The files that use each id (see idHolders). */
  holders: Map<string, string[]>;
  views: boolean;
  errorBudget?: ErrorBudgetFacts;
  live?: LiveFacts;
  slos?: SloIndex;
  people?: PeopleFacts;
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
  const status = text(data.status) ?? "";
  const waived = new Map<string, PendingFinding>();
  const facts: ItemFacts = {
    data,
    label,
    file,
    policy: options.policy,
    today: options.today,
    gated: options.policy.gate.statuses.includes(status),
    ai: data.ai === true,
    signOff: options.signOff,
    signOffs: judgeSignOffs(data, file, options.policy, options.today, options.signOff),
    errorBudget: options.errorBudget,
    live: options.live,
    slos: options.slos,
    people: options.people,
    idHolders: options.holders,
    catalog: options.catalog,
  };
  const reports: ItemReports = {
    file,
    add(rule, o) {
      pending.push(pendingFinding(rule, o));
    },
    waive(ruleId, note) {
      waived.set(ruleId, note);
    },
  };
  const bind = itemContexts(facts, reports);
  for (const rule of itemRules) rule.check(bind(rule.meta));
  checkWaivers(facts, waiverRules, bind);
  const kept =
    waived.size === 0
      ? pending
      : [...pending.filter((f) => !waived.has(f.ruleId) || !waivable(f)), ...waived.values()];
  return { pending: kept, signOffs: facts.signOffs };
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
    const at = f.place ?? index.locate(f.path, f.target);
    const { line, column } =
      f.offset === undefined || f.place ? at : positionInScalar(source, at, f.offset);
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

export { itemIds, type ItemId } from "./load/id-holders.js";
export { sloReadOptions } from "./load/read-slo-files.js";
