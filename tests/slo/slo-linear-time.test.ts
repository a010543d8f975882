import { describe, expect, it } from "vitest";
import { readSloFiles } from "../../core/load/read-slo-files.js";
import {
  generatedSloName,
  generateSlothFile,
  type SloFileShape,
} from "../../scripts/generate-slo-files.js";
import { cpuTimed } from "../support/cpu-time.js";

/**
 * SLO files at the size limit, in every shape, read in linear time: each once took 14 s to over
 * a minute because every SLO's name was searched for from the start of its text.
 */

const MiB = 1 << 20;
const OPTIONS = { maxBytes: MiB, slothPeriod: "30d" };
/** CPU milliseconds for one 1 MiB file: about 0.3 s here, and 14 s or more before. */
const BOUND_MS = 2_500;

function lineOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  const before = text.slice(0, at);
  const line = before.split("\n").length;
  return { line, column: at - (before.lastIndexOf("\n") + 1) + 1 };
}

describe("reading a 1 MiB SLO file", () => {
  // Each shape with how a name is written in it: the position is the value's (its quote's).
  const cases: [SloFileShape, string, number, (name: string) => [string, string]][] = [
    ["block", "slo/sloth.yaml", 26_000, (name) => ["name: ", `${name}\n`]],
    ["flow", "slo/sloth.yaml", 27_000, (name) => ["name: ", `${name},`]],
    ["json", "slo/sloth.json", 27_000, (name) => ['"name":', `"${name}"`]],
  ];
  for (const [shape, path, atLeast, writtenAs] of cases)
    it(`reads ${atLeast.toLocaleString("en")}+ SLOs in ${shape} style, each at its name (was 14-22 s)`, () => {
      const text = generateSlothFile(shape, MiB);
      const { value, ms } = cpuTimed(() => readSloFiles([{ path, content: text }], OPTIONS));
      expect(value.findings).toEqual([]);
      expect(value.slos.length).toBeGreaterThan(atLeast);
      const last = value.slos.length - 1;
      for (const i of [0, 1, last]) {
        const name = generatedSloName(i);
        const [key, written] = writtenAs(name);
        const { line, column } = lineOf(text, key + written);
        expect(value.slos[i]).toMatchObject({ name, line, column: column + key.length });
      }
      expect(ms).toBeLessThan(BOUND_MS);
    });

  it("finds an SLO named `a` after a line of 500,000 characters full of `a` (was over a minute)", () => {
    const long = `description: "${"a a:".repeat(125_000)}"`;
    const text = `version: prometheus/v1\nservice: svc\n${long}\nslos:\n  - name: a\n    objective: 99\n`;
    const { value, ms } = cpuTimed(() =>
      readSloFiles([{ path: "slo/a.yaml", content: text }], OPTIONS),
    );
    expect(value.findings).toEqual([]);
    expect(value.slos).toMatchObject([{ name: "a", line: 5, column: 11 }]);
    expect(ms).toBeLessThan(1_000);
  });

  it("finds SLO names on one minified line full of `name` keys in linear time", () => {
    const text = `{"version":"prometheus/v1","service":"svc","slos":[${Array.from(
      { length: 14_000 },
      (_, i) => `{"name" : "n${i}", "objective": 99, "description": "name: x name: y"}`,
    ).join(",")}]}`;
    const { value, ms } = cpuTimed(() =>
      readSloFiles([{ path: "slo/a.json", content: text }], OPTIONS),
    );
    expect(value.findings).toEqual([]);
    expect(value.slos[13_999]).toMatchObject({
      name: "n13999",
      line: 1,
      column: text.indexOf('"n13999"') + 1,
    });
    expect(ms).toBeLessThan(BOUND_MS);
  });
});
