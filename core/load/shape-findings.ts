import type { ErrorObject, ValidateFunction } from "ajv";
import type { PathSegment } from "../parse/source-position.js";
import { contextFor, pendingReports } from "../rules/context.js";
import { schemaRules } from "../rules/index.js";
import { invalidValue } from "../rules/invalid-value.js";
import type { PendingFinding, SchemaRule } from "../rules/rule.js";
import { displayPath } from "../item/display-path.js";
import { schemaRuleOf } from "../item/schema-rule.js";
import { capital } from "../item/schema-words.js";

/** The rule that speaks for each ajv keyword, as the rules themselves say (their `keywords`). */
const byKeyword = new Map<string, SchemaRule>();
/** The rules a `pattern`'s schema may name (`"$comment": "rule: <id>"`), by id. */
const byName = new Map<string, SchemaRule>();
for (const rule of schemaRules)
  for (const keyword of rule.keywords)
    if (keyword === "pattern") byName.set(rule.meta.id, rule);
    else byKeyword.set(keyword, rule);

/**
 * The rule that speaks for an error: its keyword's, or for a `pattern` the one its schema names
 * (the validators keep the schema in parentSchema: they are built `verbose`,
 * scripts/build-validators.mjs). `invalid-value` speaks for what no rule names.
 */
function ruleFor(error: ErrorObject): SchemaRule {
  const rule =
    error.keyword === "pattern"
      ? byName.get(schemaRuleOf(error.parentSchema) ?? "")
      : byKeyword.get(error.keyword);
  return rule ?? invalidValue;
}

/**
 * Runs a compiled JSON Schema validator and turns ajv's error objects into findings that speak
 * the user's language: each error is read into a SchemaError, and the rule that speaks for it says
 * what it means. `what` names the document in messages ("FEAT-142", "the policy").
 */
export function shapeFindings(
  validate: ValidateFunction,
  data: unknown,
  what: string,
): PendingFinding[] {
  if (validate(data)) return [];
  const findings: PendingFinding[] = [];
  // The schema rules report at a path; the caller knows the file and locates them.
  const reported: PendingFinding[] = [];
  const reports = pendingReports("", reported);
  // A whole document's name starts a sentence; a field's ("`slices[0].id` in FEAT-142") is quoted.
  const document = capital(what);
  const seen = new Set<string>();
  const errors = validate.errors ?? [];
  // The validator would hold the errors until its next call: 40 MB for 180,000 of them.
  validate.errors = null;
  // Hints and path keys repeat (an unknown key's hint is 300 characters): one copy of each.
  const strings = new Map<string, string>();
  const intern = (text: string): string => {
    const known = strings.get(text);
    if (known !== undefined) return known;
    strings.set(text, text);
    return text;
  };
  // An empty value also fails its pattern; "is empty" says all there is to say.
  const empty = new Set(errors.filter((e) => e.keyword === "minLength").map((e) => e.instancePath));
  for (let i = 0; i < errors.length; i++) {
    const error = errors[i]!;
    // Let each error go once read: 200,000 of them and their findings need not be alive at once.
    (errors as (ErrorObject | undefined)[])[i] = undefined;
    if (error.keyword === "pattern" && empty.has(error.instancePath)) continue;
    // A key's own failure inside `propertyNames`: the `propertyNames` error after it names the key.
    if (error.propertyName !== undefined) continue;
    const path = pointerToPath(error.instancePath, data, intern);
    const rule = ruleFor(error);
    rule.fromSchema(contextFor(rule.meta, reports), {
      keyword: error.keyword,
      params: error.params,
      parentSchema: error.parentSchema,
      path,
      what,
      at: path.length === 0 ? document : `\`${displayPath(path)}\` in ${what}`,
      value: valueAt(data, path),
      field: fieldName(path),
      ajvMessage: error.message,
    });
    for (const finding of reported) {
      const key = `${finding.ruleId}|${finding.path.join("/")}|${finding.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      finding.hint = intern(finding.hint);
      // A message is a rope of a dozen pieces until something reads it whole; hashing it as part
      // of `key` above flattened a copy, this flattens the message itself, at a third of the size.
      flatten(finding.message);
      findings.push(finding);
    }
    reported.length = 0;
  }
  return findings;
}

function pointerToPath(
  pointer: string,
  data: unknown,
  intern: (text: string) => string,
): PathSegment[] {
  if (pointer === "") return [];
  const path: PathSegment[] = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const key: PathSegment =
      Array.isArray(node) && /^\d+$/.test(segment) ? Number(segment) : intern(segment);
    path.push(key);
    node =
      node !== null && typeof node === "object"
        ? (node as Record<string, unknown>)[key as string]
        : undefined;
  }
  return path;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, segment))
      return undefined;
    node = (node as Record<string, unknown>)[segment as string];
  }
  return node;
}

function fieldName(path: readonly PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i--)
    if (typeof path[i] === "string") return path[i] as string;
  return "";
}

/** V8 flattens a string in place when it reads it as a number; the value is not wanted. */
function flatten(text: string): void {
  void Number(text);
}
