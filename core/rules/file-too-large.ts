import { meta, parseRule } from "./rule.js";

export const fileTooLarge = parseRule({
  meta: meta("file-too-large", "error", "The file exceeds `limits.max_file_bytes`.", false),
  hint: "Split the item, or raise limits.max_file_bytes in the policy.",
  says: (size: number, maxBytes: number) =>
    `The file is ${size} bytes; the limit is ${maxBytes} (limits.max_file_bytes)`,
});
