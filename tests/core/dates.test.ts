import { describe, expect, it } from "vitest";
import { dayNumber, daysBetween, utcToday } from "../../core/dates.js";

/** What Date says, as the reference: the day number, or undefined when Date rolls the day over. */
function reference(date: string): number | undefined {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  const same =
    back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d;
  return same ? ms / 86_400_000 : undefined;
}

describe("dayNumber", () => {
  it("agrees with Date on every day of 1899 to 2101, and on days that do not exist", () => {
    for (let y = 1899; y <= 2101; y++)
      for (let m = 1; m <= 12; m++)
        for (let d = 1; d <= 31; d++) {
          const date = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          expect(dayNumber(date), date).toBe(reference(date));
        }
  });

  it.each(["2024-02-29", "2000-02-29", "1970-01-01"])("knows %s", (date) => {
    expect(dayNumber(date)).toBe(reference(date));
  });

  it.each(["2023-02-29", "1900-02-29", "2026-04-31", "2026-00-10", "2026-13-01", "2026-01-00"])(
    "refuses %s",
    (date) => {
      expect(dayNumber(date)).toBeUndefined();
    },
  );

  it.each(["26-01-01", "2026-1-1", "2026/01/01", "2026-01-01T00:00:00Z", "", "0099-01-01"])(
    "refuses %j",
    (date) => {
      expect(dayNumber(date)).toBeUndefined();
    },
  );
});

describe("daysBetween", () => {
  it("counts whole days, positive when the second date is later", () => {
    expect(daysBetween("2026-05-29", "2026-11-25")).toBe(180);
    expect(daysBetween("2026-11-26", "2026-11-25")).toBe(-1);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2026-02-30", "2026-11-25")).toBeUndefined();
  });
});

describe("utcToday", () => {
  it("is the UTC date, whatever the local time zone", () => {
    expect(utcToday(new Date("2026-11-25T23:59:59-05:00"))).toBe("2026-11-26");
  });
});
