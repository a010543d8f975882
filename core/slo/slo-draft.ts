import type { PathSegment, Target } from "../parse/source-position.js";
import type { Slo } from "./slo.js";

/** An SLO read from a document, before its position is looked up. */
export interface SloDraft extends Omit<Slo, "file" | "line" | "column"> {
  /** Where its name is, in the document. */
  path: readonly PathSegment[];
}

/** Why (part of) a document is not an SLO the gate can read. */
export interface DocumentProblem {
  path: readonly PathSegment[];
  target?: Target;
  message: string;
}

export interface ReadDocument {
  slos: SloDraft[];
  problems: DocumentProblem[];
}

export interface SloReadOptions {
  /** Sloth specs carry no window: policy `slo.sloth_period` (Sloth's --default-slo-period). */
  slothPeriod: string;
}

/** A number, or a number written as text (Pyrra's `target: "99.5"`, Sloth CRD's json.Number). */
export function numberOf(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return /^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$/.test(trimmed) ? Number(trimmed) : undefined;
}

/**
 * Why a name is not one, said as what is wrong: missing, not a string (`name: 12345` is a number
 * to YAML), or blank. Undefined when it is a name.
 */
export function nameProblem(value: unknown, key: string): string | undefined {
  if (value === undefined || value === null) return `has no ${key}`;
  if (typeof value !== "string") {
    const what = Array.isArray(value)
      ? "a list"
      : typeof value === "object"
        ? "a mapping"
        : `the ${typeof value} ${String(value)}`;
    return `has ${key} ${what}, but a name must be a string${typeof value === "object" ? "" : `: quote it, e.g. "${String(value)}"`}`;
  }
  return value.trim() === "" ? `has an empty ${key}` : undefined;
}

/** A non-empty string, else undefined. */
export function nameOf(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}
