/** Where a `.json` file stops being JSON: YAML (which the fast parser reads) accepts far more. */
export function jsonSyntaxError(text: string): { offset: number; reason: string } | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 says "Unexpected token '}', "…snippet…" is not valid JSON" or "… in JSON at position 9".
    const reason = message.replace(/, ".*$/s, "").replace(/ in JSON at position \d+.*$/s, "");
    return { offset: firstInvalidOffset(text) ?? 0, reason };
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** Offset of the first character that cannot continue a JSON text. Iterative: depth is no danger. */
function firstInvalidOffset(text: string): number | undefined {
  const open: string[] = [];
  type Expect = "value" | "key" | "colon" | "next" | "end";
  let expect: Expect = "value";
  let i = 0;
  const after = (): Expect => (open.length > 0 ? "next" : "end");
  const skipString = (): boolean => {
    for (i++; i < text.length;) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) return false;
        i = ESCAPE.lastIndex;
      } else i++;
    }
    return false;
  };
  const match = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };
  for (;;) {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
    if (i >= text.length) return expect === "end" ? undefined : i;
    const c = text[i]!;
    if (expect === "end") return i;
    if (expect === "colon") {
      if (c !== ":") return i;
      i++;
      expect = "value";
    } else if (expect === "key") {
      if (c !== '"' || !skipString()) return i;
      expect = "colon";
    } else if (expect === "next") {
      const top = open[open.length - 1]!;
      if (c === ",") {
        i++;
        expect = top === "{" ? "key" : "value";
      } else if (c === (top === "{" ? "}" : "]")) {
        i++;
        open.pop();
        expect = after();
      } else return i;
    } else if (c === "{" || c === "[") {
      open.push(c);
      i++;
      while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
      if (text[i] === (c === "{" ? "}" : "]")) {
        i++;
        open.pop();
        expect = after();
      } else expect = c === "{" ? "key" : "value";
    } else if (c === '"') {
      if (!skipString()) return i;
      expect = after();
    } else if (match(NUMBER) || match(LITERAL)) expect = after();
    else return i;
  }
}
