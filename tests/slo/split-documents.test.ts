import { describe, expect, it } from "vitest";
import { splitDocuments } from "../../core/parse/load-documents.js";

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

  it("scans a long stream in linear time", () => {
    const doc = "apiVersion: openslo/v1\nkind: SLO\n";
    const text = `${doc}---\n`.repeat(50_000);
    const started = performance.now();
    expect(splitDocuments(text)).toHaveLength(50_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
