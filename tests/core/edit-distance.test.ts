import { describe, expect, it } from "vitest";
import { editDistanceWithin } from "../../core/edit-distance.js";
import { suggest } from "../../core/item/suggest.js";
import { nearestNames } from "../../core/slo/slo-index.js";
import { cpuTimed } from "../support/cpu-time.js";

/** The full Levenshtein table: the reference the banded distance must agree with. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length]!;
}

/** Deterministic pseudo-random words over a small alphabet, so that near words are common. */
function* words(count: number): Generator<[string, string]> {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const word = () => Array.from({ length: next(14) }, () => "abc"[next(3)]).join("");
  for (let i = 0; i < count; i++) yield [word(), word()];
}

describe("the bounded edit distance", () => {
  it("agrees with the full table within the limit, and says limit + 1 beyond it", () => {
    for (const [a, b] of words(3000))
      for (const limit of [0, 1, 2, 3, 5, 8]) {
        const exact = levenshtein(a, b);
        expect(editDistanceWithin(a, b, limit), `${a} ${b} ${limit}`).toBe(
          exact <= limit ? exact : limit + 1,
        );
      }
  });

  it("hints the nearest of 90 SLO names of 10,000 characters that share a prefix (was 77 s)", () => {
    const prefix = "x".repeat(9_990);
    const names = Array.from({ length: 90 }, (_, i) => `${prefix}${String(i).padStart(10, "0")}`);
    const typo = `${prefix}00000000x5`;
    const { value, ms } = cpuTimed(() => [nearestNames(typo, names), suggest(typo, names)]);
    // Names past 253 characters get no hint; the typo of a short name still does.
    expect(value).toEqual([[], `${prefix}0000000005`]);
    expect(ms).toBeLessThan(500);
    const short = names.map((n) => n.slice(9_900));
    expect(nearestNames(short[5]!.replace("05", "0x5"), short)[0]).toBe(short[5]);
  });

  it("compares long names in a band: 3,000 names of 250 characters in well under a second", () => {
    const names = Array.from({ length: 3000 }, (_, i) => `${"s".repeat(240)}${i}`.padEnd(250, "-"));
    const typo = `${"s".repeat(240)}17-x`.padEnd(250, "-");
    const { value, ms } = cpuTimed(() => nearestNames(typo, names));
    expect(value[0]).toBe(names[17]);
    expect(value).toHaveLength(3);
    expect(ms).toBeLessThan(500);
  });
});
