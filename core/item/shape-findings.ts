import type { ErrorObject, ValidateFunction } from "ajv";
import type { PathSegment } from "../parse/source-position.js";
import type { PendingFinding, RuleMeta } from "../rules/rule.js";
import { displayPath } from "./display-path.js";
import { fieldHints } from "./field-hints.js";
import { schemaRuleOf } from "./schema-rule.js";
import { patternRules, shapeRules as R } from "./shape-rules.js";
import { suggest } from "./suggest.js";

/**
 * Runs a compiled JSON Schema validator and turns ajv's error objects into findings that speak
 * the user's language. `what` names the document in messages ("FEAT-142", "the policy").
 */
export function shapeFindings(
  validate: ValidateFunction,
  data: unknown,
  what: string,
): PendingFinding[] {
  if (validate(data)) return [];
  const findings: PendingFinding[] = [];
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
    const finding = toFinding(error, data, what, intern);
    if (!finding) continue;
    const key = `${finding.ruleId}|${finding.path.join("/")}|${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    finding.hint = intern(finding.hint);
    // A message is a rope of a dozen pieces until something reads it whole; hashing it as part of
    // `key` above flattened a copy, this flattens the message itself, at a third of the size.
    flatten(finding.message);
    findings.push(finding);
  }
  return findings;
}

function toFinding(
  error: ErrorObject,
  data: unknown,
  what: string,
  intern: (text: string) => string,
): PendingFinding | undefined {
  const path = pointerToPath(error.instancePath, data, intern);
  const field = fieldName(path);
  const at = path.length === 0 ? what : `\`${displayPath(path)}\` in ${what}`;
  const value = valueAt(data, path);
  const make = (
    rule: RuleMeta,
    target: "key" | "value",
    p: readonly PathSegment[],
    message: string,
    hint: string,
  ) =>
    ({
      ruleId: rule.id,
      level: rule.level,
      path: p,
      target,
      message,
      hint,
    }) satisfies PendingFinding;

  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      // The validators are built `verbose` (scripts/build-validators.mjs): errors carry their schema.
      const parent = error.parentSchema as { properties?: object } | undefined;
      const known = Object.keys(parent?.properties ?? {});
      const guess = suggest(key, known);
      return make(
        R.unknownKey,
        "key",
        [...path, key],
        `Unknown key \`${key}\` in ${path.length === 0 ? what : `\`${displayPath(path)}\``}${guess ? `; did you mean \`${guess}\`?` : ""}`,
        guess
          ? `Rename it to \`${guess}\`, or prefix it with \`x-\` to keep it for your own use.`
          : `Remove it, or prefix it with \`x-\` to keep it for your own use. Known keys: ${known.join(", ")}.`,
      );
    }
    case "propertyNames": {
      const key = String(error.params.propertyName);
      return make(
        R.keyFormat,
        "key",
        [...path, key],
        `\`${key}\` in \`${displayPath(path)}\` is not a snake_case kind`,
        `Write it in snake_case, e.g. \`${snake(key)}\`.`,
      );
    }
    case "required": {
      const missing = String(error.params.missingProperty);
      const hint = fieldHints[missing] ? `Add ${fieldHints[missing]}.` : `Add \`${missing}\`.`;
      const finding = make(
        R.missingField,
        "value",
        path,
        `${capital(at)} has no \`${missing}\``,
        hint,
      );
      return { ...finding, field: [...path, missing] };
    }
    case "type": {
      const expected = String(error.params.type);
      return make(
        R.wrongType,
        "value",
        path,
        `${capital(at)} must be ${article(expected)}, not ${describe(value)}`,
        fieldHints[field] ? `Write ${fieldHints[field]}.` : `Write ${article(expected)} here.`,
      );
    }
    case "const":
      return make(
        R.apiVersion,
        "value",
        path,
        `\`apiVersion\` is ${JSON.stringify(value)}, not \`roadmap-gate/v1\``,
        'Write apiVersion: "roadmap-gate/v1".',
      );
    case "enum": {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const guess = typeof value === "string" ? suggest(value, allowed) : undefined;
      return make(
        R.invalidValue,
        "value",
        path,
        `${capital(at)} is ${JSON.stringify(value)}; it must be one of ${allowed.join(", ")}`,
        guess ? `Did you mean \`${guess}\`?` : `Use one of ${allowed.join(", ")}.`,
      );
    }
    case "pattern": {
      // The schema names the rule beside the pattern (`"$comment": "rule: <id>"`); the
      // validators keep it in parentSchema (they are built `verbose`, scripts/build-validators.mjs).
      const ruleId = schemaRuleOf(error.parentSchema);
      if (ruleId === R.emptyValue.id)
        return make(
          R.emptyValue,
          "value",
          path,
          `${capital(at)} is blank`,
          fieldHints[field] ? `Write ${fieldHints[field]}.` : "Write a value.",
        );
      const rule = ruleId === undefined ? undefined : patternRules.get(ruleId);
      const shown = JSON.stringify(value);
      if (!rule)
        return make(
          R.invalidValue,
          "value",
          path,
          `${capital(at)} ${shown} does not match the schema's pattern`,
          "See the JSON Schema in schemas/ for the expected shape.",
        );
      const { message, hint } = rule.mismatch({ at: capital(at), shown });
      return make(rule.meta, "value", path, message, hint);
    }
    case "minItems":
      return make(
        R.emptyList,
        "value",
        path,
        `${capital(at)} is empty; it needs at least ${String(error.params.limit)} entry`,
        fieldHints[field] ? `Add ${fieldHints[field]}.` : "Add an entry.",
      );
    case "minLength":
      return make(
        R.emptyValue,
        "value",
        path,
        `${capital(at)} is empty`,
        fieldHints[field] ? `Write ${fieldHints[field]}.` : "Write a value.",
      );
    case "uniqueItems":
      return make(
        R.duplicateEntry,
        "value",
        path,
        `${capital(at)} lists the same entry twice`,
        "Remove the repeated entry.",
      );
    case "minimum":
    case "maximum":
      return make(
        R.invalidValue,
        "value",
        path,
        `${capital(at)} is ${JSON.stringify(value)}; it must be ${error.keyword === "minimum" ? "at least" : "at most"} ${String(error.params.limit)}`,
        "Use a value in range.",
      );
    default:
      return make(
        R.invalidValue,
        "value",
        path,
        `${capital(at)} is not valid: ${error.message ?? error.keyword}`,
        "See the JSON Schema in schemas/ for the expected shape.",
      );
  }
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

function describe(value: unknown): string {
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${article(typeof value)} (${JSON.stringify(value)})`;
}

function article(type: string): string {
  const word =
    type === "object" ? "mapping" : type === "array" ? "list" : type === "string" ? "text" : type;
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

/** "the policy ..." → "The policy ...", but a file path (an item's name without an id) stays as is. */
function capital(text: string): string {
  return /^[a-z]+ /.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

function snake(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .toLowerCase()
    .replace(/^_+|_+$/g, "");
}
