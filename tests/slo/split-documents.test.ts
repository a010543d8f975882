import jsYaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { loadDocuments, splitDocuments } from "../../core/parse/load-documents.js";
import { cpuTimed } from "../support/cpu-time.js";

const MiB = 1 << 20;

/** What the loader read from each document of a stream, or its finding. */
function loaded(text: string) {
  const result = loadDocuments({ path: "slo/a.yaml", content: text }, MiB);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.documents.map((d) =>
    d.parsed.ok
      ? d.parsed.data
      : { [d.parsed.problem.ruleId]: [d.parsed.line + d.lineOffset, d.parsed.column] },
  );
}

describe("splitDocuments", () => {
  it("cuts at --- and ... lines and knows where each document starts", () => {
    const text = "# head\na: 1\n---\nb: 2\n...\n# between\n--- # comment\nc: 3\n---\n";
    expect(splitDocuments(text)).toEqual([
      { text: "# head\na: 1\n", lineOffset: 0 },
      { text: "b: 2\n", lineOffset: 3 },
      { text: "# between\n", lineOffset: 5 },
      { text: "c: 3\n", lineOffset: 7 },
    ]);
  });

  it("keeps content written on the marker line, at its columns", () => {
    expect(splitDocuments("--- {a: 1}\n---\n--- b: [2]\n")).toEqual([
      { text: "    {a: 1}\n", lineOffset: 0 },
      { text: "    b: [2]\n", lineOffset: 2 },
    ]);
  });

  it("does not cut at dashes that are not a marker", () => {
    const text = "a: ---x\nb: |\n  ----\n  --- \n---x: 1\n";
    expect(splitDocuments(text)).toEqual([{ text, lineOffset: 0 }]);
  });

  it("reads CRLF markers and a stream without a trailing newline", () => {
    expect(splitDocuments("a: 1\r\n---\r\nb: 2")).toEqual([
      { text: "a: 1\r\n", lineOffset: 0 },
      { text: "b: 2", lineOffset: 2 },
    ]);
  });

  it("cuts where js-yaml's loadAll cuts: lone CRs, CRLF, directives, `...`, content on `---`", () => {
    const streams = [
      "a: 1\r---\rb: 2\r",
      "a: 1\r\rc: [1,\r 2]\r---\rb: |\r  x\r  y\r...\r---\rd: 3",
      "%YAML 1.2\n---\na: 1\n",
      "%YAML 1.2\r\n# why\r\n---\r\na: 1\r\n...\r\n%YAML 1.2\r\n--- b: 2\r\n",
      "%YAML 1.2\r---\ra: 1\r...\r%YAML 1.2\r---\rb: 2\r",
      "# c\n--- {a: 1}\n--- b: [2]\n",
      "a: 1\n...\nb: 2\n",
      "a: |\n  ---\n  x\nc: '\n ...'\n",
      "---\n---\na: 1\n",
    ];
    for (const text of streams)
      expect(loaded(text), JSON.stringify(text)).toEqual(
        jsYaml.loadAll(text, undefined, { schema: jsYaml.CORE_SCHEMA }).filter((d) => d !== null),
      );
  });

  it("numbers the lines of a document after CR-only ones as the file has them", () => {
    const lf = "a: 1\n\nb: 2\n---\nc: 3\n---\nd: [\n";
    expect(loaded(lf)).toEqual([{ a: 1, b: 2 }, { c: 3 }, { "yaml-syntax": [8, 1] }]);
    expect(loaded(lf.replaceAll("\n", "\r"))).toEqual(loaded(lf));
    expect(splitDocuments("a: 1\r---\rb: 2")).toEqual([
      { text: "a: 1\n", lineOffset: 0 },
      { text: "b: 2", lineOffset: 2 },
    ]);
  });

  it("applies the alias limit to the file, not to each document: seven of 49,000 aliases", () => {
    const aliases = Array(49_000).fill("*a").join(",");
    const document = (i: number) => `x: ${i}\nv: &a [x]\nl: [${aliases}]\n`;
    const text = Array.from({ length: 7 }, (_, i) => document(i)).join("---\n");
    const documents = loadDocuments({ path: "slo/a.yaml", content: text }, MiB);
    if (!documents.ok) throw new Error(JSON.stringify(documents.problem));
    // Each document's aliases add 49,000 values: two fit in the file's 100,000, the third does not.
    expect(
      documents.documents.map((d) => (d.parsed.ok ? "read" : d.parsed.problem.ruleId)),
    ).toEqual([
      "read",
      "read",
      "alias-bomb",
      "alias-bomb",
      "alias-bomb",
      "alias-bomb",
      "alias-bomb",
    ]);
  });

  it("scans a long stream in linear time", () => {
    const doc = "apiVersion: openslo/v1\nkind: SLO\n";
    const text = `${doc}---\n`.repeat(50_000);
    // CPU time, not wall time: a busy machine stretches the latter. About 30 ms here; a pass
    // from the start per document (quadratic) takes minutes.
    const { value, ms } = cpuTimed(() => splitDocuments(text));
    expect(value).toHaveLength(50_000);
    expect(value[49_999]).toEqual({ text: doc, lineOffset: 3 * 49_999 });
    expect(ms).toBeLessThan(2000);
  });
});
