import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { dayNumber, dayNumbers } from "../../core/dates.js";
import { itemWindowDays, windows } from "../../core/slo/duration.js";
import { budgetPromises, promiseOf, promises } from "../../core/slo/objective.js";
import { StringMemo } from "../../core/string-memo.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const MIB = 1024 * 1024;

/**
 * Heap still used after `count` keys, each cut from a file of its own of 1 MiB (as the parser
 * cuts values from an item file), were looked up and the files dropped.
 */
function retainedAfter(count: number, key: (i: number) => string, look: (k: string) => unknown) {
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < count; i++) {
    const value = key(i);
    const bytes = Buffer.alloc(MIB, "#");
    bytes.write(value, 0, "latin1");
    look(bytes.toString("latin1").slice(0, value.length));
  }
  gc();
  return process.memoryUsage().heapUsed - before;
}

describe("the engine's memos", () => {
  // Valid values longer than V8's shortest slice (13 characters), and text that only looks like one.
  const cases = [
    ["objectives", (i: number) => `p99.9 <= ${1000 + i}ms`, (k: string) => promiseOf("latency", k)],
    [
      "error budgets",
      (i: number) => `<= 0.0${1000 + i}%`,
      (k: string) => promiseOf("error_budget", k),
    ],
    ["windows", (i: number) => `${String(i).padStart(14, "0")}d`, itemWindowDays],
    ["dates", (i: number) => `2026-01-01 and ${i} more`, dayNumber],
  ] as const;

  it.each(cases)("keep none of 64 files of 1 MiB alive through %s", (_, key, look) => {
    const retained = retainedAfter(64, key, look);
    // Before, each key kept its file: 64 MiB.
    expect(retained).toBeLessThan(8 * MIB);
    for (const memo of [dayNumbers, windows, promises, budgetPromises])
      expect(memo.retainedBytes).toBeLessThanOrEqual(128 * 1024);
  });

  it("still answers what they remember", () => {
    expect(promiseOf("latency", "p99.9 <= 1500ms")?.threshold?.seconds).toBe(1.5);
    expect(promiseOf("error_budget", "<= 0.1%")?.targetPercent).toBeCloseTo(99.9);
    expect(promiseOf("latency", "<= 0.1%")).toBeUndefined();
    expect(itemWindowDays("00000000000028d")).toBe(28);
    expect(dayNumber("1970-01-02")).toBe(1);
  });
});

describe("StringMemo", () => {
  it("computes each short key once, and long keys every time without remembering them", () => {
    const asked: string[] = [];
    const memo = new StringMemo((k) => (asked.push(k), k.length), 4);
    expect([memo.get("ab"), memo.get("ab"), memo.get("abcde"), memo.get("abcde")]).toEqual([
      2, 2, 5, 5,
    ]);
    expect(asked).toEqual(["ab", "abcde", "abcde"]);
    expect(memo.retainedBytes).toBe(64 + 4);
  });

  it("starts again when its keys would pass its bound in bytes", () => {
    const asked: string[] = [];
    const memo = new StringMemo((k) => asked.push(k), 8, 3 * (64 + 16));
    for (const key of ["aaaaaaaa", "bbbbbbbb", "cccccccc", "dddddddd", "aaaaaaaa", "dddddddd"])
      memo.get(key);
    expect(asked).toEqual(["aaaaaaaa", "bbbbbbbb", "cccccccc", "dddddddd", "aaaaaaaa"]);
    expect(memo.retainedBytes).toBe(2 * (64 + 16));
  });
});
