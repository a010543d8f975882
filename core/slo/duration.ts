/** Windows and latencies in the units each format writes, normalised to days or seconds. */
import { StringMemo } from "../string-memo.js";

const DAY_MS = 86_400_000;

/** An item's `window` (NUMBER + h, d or w) in days; undefined when it does not read. */
export function itemWindowDays(window: string): number | undefined {
  return windows.get(window);
}

/** Items repeat a few windows thousands of times (a memo bounded in bytes). */
export const windows = new StringMemo(readWindowDays, 16);

function readWindowDays(window: string): number | undefined {
  const match = /^([0-9]+)(h|d|w)$/.exec(window);
  if (!match) return undefined;
  const n = Number(match[1]);
  return match[2] === "h" ? n / 24 : match[2] === "w" ? n * 7 : n;
}

const OPENSLO_UNIT_DAYS: Record<string, number> = {
  m: 1 / 1440,
  h: 1 / 24,
  d: 1,
  w: 7,
  M: 30,
  Q: 90,
  Y: 365,
};

/** OpenSLO's duration shorthand (`[0-9]+[mhdwMQY]`, as its go-sdk reads it) in days. */
export function openSloDurationDays(duration: string): number | undefined {
  const match = /^([0-9]+)([mhdwMQY])$/.exec(duration);
  return match ? Number(match[1]) * OPENSLO_UNIT_DAYS[match[2]!]! : undefined;
}

const PROMETHEUS_UNITS: [string, number][] = [
  ["y", 365 * DAY_MS],
  ["w", 7 * DAY_MS],
  ["d", DAY_MS],
  ["h", 3_600_000],
  ["m", 60_000],
  ["s", 1000],
  ["ms", 1],
];

/**
 * A Prometheus duration (`28d`, `2w`, `1h30m`, `500ms`: units y w d h m s ms, each at most once,
 * largest first, as Prometheus's model.ParseDuration reads them) in milliseconds.
 */
export function prometheusDurationMs(duration: string): number | undefined {
  let at = 0;
  let unitIndex = 0;
  let total = 0;
  if (duration === "" || duration === "0") return duration === "0" ? 0 : undefined;
  while (at < duration.length) {
    const start = at;
    while (at < duration.length && duration.charCodeAt(at) >= 48 && duration.charCodeAt(at) <= 57)
      at++;
    if (at === start) return undefined;
    const n = Number(duration.slice(start, at));
    const unit = duration.startsWith("ms", at) ? "ms" : duration[at];
    if (unit === undefined) return undefined;
    const index = PROMETHEUS_UNITS.findIndex(([u]) => u === unit);
    if (index < unitIndex) return undefined;
    total += n * PROMETHEUS_UNITS[index]![1];
    unitIndex = index + 1;
    at += unit.length;
  }
  return total;
}

export function prometheusDurationDays(duration: string): number | undefined {
  const ms = prometheusDurationMs(duration);
  return ms === undefined ? undefined : ms / DAY_MS;
}

/** Two numbers equal up to floating-point noise (0.995 * 100 is 99.49999999999999). */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** `28` → `28d`, `0.5` → `12h`: a window in days as people write it. */
export function formatDays(days: number): string {
  if (Number.isInteger(days)) return `${days}d`;
  const hours = days * 24;
  return Number.isInteger(Math.round(hours * 1e6) / 1e6) ? `${Math.round(hours)}h` : `${days}d`;
}
