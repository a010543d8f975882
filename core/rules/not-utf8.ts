import { meta, parseRule } from "./rule.js";

export const notUtf8 = parseRule<"not-utf8">({
  meta: meta("not-utf8", "error", "The file is not UTF-8 text.", false, {
    example: ["title: Café export # saved as Latin-1: the byte 0xE9 is not UTF-8"],
    fix: "Save the file as UTF-8 (a byte order mark is fine). The finding points at the first byte that is not UTF-8.",
  }),
  hint: "Save the file as UTF-8.",
  says: ({ byteOffset }) => `The file is not UTF-8: invalid byte at offset ${byteOffset}`,
});
