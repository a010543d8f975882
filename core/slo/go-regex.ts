// Sticky: matched where the scan stands, never on a copy of the rest (a copy per `(?` or `{`
// would make a long regex quadratic).
const NAMED_GROUP = /P?<([A-Za-z0-9_]+)>/y;
const FLAGS = /([imsU]*)(?:-([imsU]*))?([:)])/y;
const REPEAT = /\{([0-9]+)(?:,([0-9]*))?\}/y;

function at(pattern: RegExp, source: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(source);
}

/**
 * Whether Go's regexp (RE2 syntax, as Prometheus compiles label matchers) would compile a regex:
 * JavaScript's RegExp judges what both share (brackets, classes, repetition), after RE2's own
 * forms are rewritten to JavaScript's (`(?P<n>`, `(?i)`, `\pL`, `\A`, `\z`); what JavaScript
 * accepts and RE2 does not (lookaround, backreferences, unknown escapes, counts past 1000) is
 * refused here. The answer is a reason, or undefined when the regex compiles.
 */
export function goRegexProblem(source: string): string | undefined {
  let js = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      const next = source[i + 1];
      if (next === undefined) return "trailing backslash at end of expression";
      if (/[a-zA-Z]/.test(next) && !ESCAPE_LETTERS.includes(next))
        return `invalid escape sequence: \\${next}`;
      if (/[1-9]/.test(next) && !/[1-7][0-7]/.test(source.slice(i + 1, i + 3)))
        return `invalid escape sequence: \\${next} (RE2 has no backreferences)`;
      if (next === "A" || next === "z") js += next === "A" ? "^" : "$";
      else if ((next === "p" || next === "P") && source[i + 2] !== "{") {
        js += `\\${next}{${source[i + 2] ?? ""}}`;
        i++;
      } else js += `\\${next}`;
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      js += c;
      continue;
    }
    if (c === "[") {
      inClass = true;
      js += c;
      // A `]` first in a class (or after `^`) is a literal in RE2.
      if (source[i + 1] === "^") {
        js += "^";
        i++;
      }
      if (source[i + 1] === "]") {
        js += "\\]";
        i++;
      }
      continue;
    }
    if (c === "(" && source[i + 1] === "?") {
      const [a, b] = [source[i + 2], source[i + 3]];
      if (a === "=" || a === "!" || (a === "<" && (b === "=" || b === "!")))
        return "invalid or unsupported Perl syntax: lookaround";
      const named = at(NAMED_GROUP, source, i + 2);
      if (named) {
        js += `(?<${named[1]}>`;
        i += 1 + named[0].length;
        continue;
      }
      const flags = at(FLAGS, source, i + 2);
      if (!flags || (flags[1] === "" && flags[2] === undefined && flags[3] === ")"))
        return "invalid or unsupported Perl syntax";
      js += flags[3] === ":" ? "(?:" : "";
      i += 1 + flags[0].length;
      continue;
    }
    if (c === "{") {
      const count = at(REPEAT, source, i);
      if (count && (Number(count[1]) > 1000 || Number(count[2] || 0) > 1000))
        return `invalid repeat count: ${count[0]}`;
    }
    js += c;
  }
  try {
    new RegExp(js);
    return undefined;
  } catch (error) {
    return error instanceof Error
      ? error.message.replace(/^Invalid regular expression: /, "")
      : String(error);
  }
}

/** Letters RE2 takes after a backslash (Go's regexp/syntax). */
const ESCAPE_LETTERS = "afnrtvdDsSwWbBAzpPxQE";
