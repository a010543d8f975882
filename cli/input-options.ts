import { dayNumber, utcToday } from "../core/dates.js";
import { UsageError, type CliIo } from "./cli-io.js";

/** The options validate and report share, in `node:util` parseArgs form. */
export const inputOptions = {
  config: { type: "string" },
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  today: { type: "string" },
  "prometheus-url": { type: "string" },
  "github-url": { type: "string" },
  "github-token": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** `--today YYYY-MM-DD` (a real calendar date), else today's UTC date. */
export function parseToday(value: string | undefined, io: CliIo): string {
  if (value === undefined) return utcToday(io.now());
  if (dayNumber(value) === undefined)
    throw new UsageError(`--today must be a date as YYYY-MM-DD, not "${value}"`);
  return value;
}

export function parseFormat<F extends string>(
  value: string | undefined,
  allowed: readonly F[],
  fallback: F,
): F {
  return parseChoice("--format", value, allowed, fallback);
}

/** An option that takes one of a few words; anything else is a usage error naming them. */
export function parseChoice<F extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly F[],
  fallback: F,
): F {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as F;
  throw new UsageError(`${option} must be one of ${allowed.join(", ")}, not "${value}"`);
}
