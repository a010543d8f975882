import { meta, parseRule } from "./rule.js";

export const notUtf8 = parseRule({
  meta: meta("not-utf8", "error", "The file is not UTF-8 text.", false),
  hint: "Save the file as UTF-8.",
  says: (byteOffset: number) => `The file is not UTF-8: invalid byte at offset ${byteOffset}`,
});
