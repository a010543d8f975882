import { meta, parseRule } from "./rule.js";

export const fileTooLarge = parseRule<"file-too-large">({
  meta: meta("file-too-large", "error", "The file exceeds `limits.max_file_bytes`.", false, {
    example: [
      "roadmap/catalogue.yaml is 2 MiB; limits.max_file_bytes is 1048576 (1 MiB, the default)",
    ],
    language: "text",
    fix: "Split the item into smaller files, or raise `limits.max_file_bytes` in the policy. A policy file itself may be at most 256 KiB.",
  }),
  hint: "Split the item, or raise limits.max_file_bytes in the policy.",
  says: ({ bytes, maxBytes }) =>
    `The file is ${bytes} bytes; the limit is ${maxBytes} (limits.max_file_bytes)`,
});
