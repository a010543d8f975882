import { fieldHints } from "./field-hints.js";

/** The words the schema rules share when they say what ajv found (core/rules/<schema rule>.ts). */

/** "Write `owner: @user or @org/team`." when the field has a hint, else `otherwise`. */
export function fieldHint(field: string, verb: "Add" | "Write", otherwise: string): string {
  return fieldHints[field] ? `${verb} ${fieldHints[field]}.` : otherwise;
}

/** A value as a type error names it: "a list", "a number (3)", "empty (null)". */
export function describe(value: unknown): string {
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${article(typeof value)} (${JSON.stringify(value)})`;
}

/** A JSON type in the user's words, with its article: "a mapping", "a list", "an integer". */
export function article(type: string): string {
  const word =
    type === "object" ? "mapping" : type === "array" ? "list" : type === "string" ? "text" : type;
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

/** "the policy ..." → "The policy ...", but a file path (an item's name without an id) stays as is. */
export function capital(text: string): string {
  return /^[a-z]+ /.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** A key in snake_case, for a hint: "errorBudget" → "error_budget". */
export function snake(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .toLowerCase()
    .replace(/^_+|_+$/g, "");
}
