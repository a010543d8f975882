import { yamlSyntax, yamlSyntaxHint } from "../rules/yaml-syntax.js";
import { duplicateKey, duplicateKeyHint } from "../rules/duplicate-key.js";
import { unknownTag, unknownTagHint } from "../rules/unknown-tag.js";
import { aliasBomb, aliasBombHint } from "../rules/alias-bomb.js";
import { tooDeep, tooDeepHint } from "../rules/too-deep.js";
import { emptyFile, emptyFileHint } from "../rules/empty-file.js";
import { notAMapping, notAMappingHint } from "../rules/not-a-mapping.js";
import { notUtf8, notUtf8Hint } from "../rules/not-utf8.js";
import { fileTooLarge, fileTooLargeHint } from "../rules/file-too-large.js";
import { unreadable, unreadableHint } from "../rules/unreadable.js";

/** The parse rules by id, for the loader; each rule lives in core/rules/<id>.ts. None can be waived. */
export const parseRules = {
  "yaml-syntax": yamlSyntax,
  "duplicate-key": duplicateKey,
  "unknown-tag": unknownTag,
  "alias-bomb": aliasBomb,
  "too-deep": tooDeep,
  "empty-file": emptyFile,
  "not-a-mapping": notAMapping,
  "not-utf8": notUtf8,
  "file-too-large": fileTooLarge,
  unreadable: unreadable,
} as const;

export type ParseRuleId = keyof typeof parseRules;

export const parseHints: Record<ParseRuleId, string> = {
  "yaml-syntax": yamlSyntaxHint,
  "duplicate-key": duplicateKeyHint,
  "unknown-tag": unknownTagHint,
  "alias-bomb": aliasBombHint,
  "too-deep": tooDeepHint,
  "empty-file": emptyFileHint,
  "not-a-mapping": notAMappingHint,
  "not-utf8": notUtf8Hint,
  "file-too-large": fileTooLargeHint,
  unreadable: unreadableHint,
};
