import { StringMemo } from "./string-memo.js";

const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/**
 * Days since the epoch of an ISO date, or undefined when it is not a real calendar date. Plain
 * arithmetic (days from civil), no Date objects: it runs several times per sign-off of every item.
 */
export function dayNumber(date: string): number | undefined {
  return dayNumbers.get(date);
}

/** Items share a few hundred dates; a date is 10 characters, so longer text is never remembered. */
export const dayNumbers = new StringMemo(computeDayNumber, 10);

function computeDayNumber(date: string): number | undefined {
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < 100 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number | undefined {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === undefined || b === undefined ? undefined : b - a;
}

/** Today's UTC date; surfaces call this, the engine takes the date as an input. */
export function utcToday(now: Date): string {
  return now.toISOString().slice(0, 10);
}
