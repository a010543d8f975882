import { yamlSyntax } from "../rules/yaml-syntax.js";
import { duplicateKey } from "../rules/duplicate-key.js";
import { unknownTag } from "../rules/unknown-tag.js";
import { aliasBomb } from "../rules/alias-bomb.js";
import { tooDeep } from "../rules/too-deep.js";
import { emptyFile } from "../rules/empty-file.js";
import { notAMapping } from "../rules/not-a-mapping.js";
import { notUtf8 } from "../rules/not-utf8.js";
import { fileTooLarge } from "../rules/file-too-large.js";
import { unreadable } from "../rules/unreadable.js";

/** The parse rules by id, for the loader; each rule lives in core/rules/<id>.ts. None can be waived. */
export const parseRules = {
  "yaml-syntax": yamlSyntax.meta,
  "duplicate-key": duplicateKey.meta,
  "unknown-tag": unknownTag.meta,
  "alias-bomb": aliasBomb.meta,
  "too-deep": tooDeep.meta,
  "empty-file": emptyFile.meta,
  "not-a-mapping": notAMapping.meta,
  "not-utf8": notUtf8.meta,
  "file-too-large": fileTooLarge.meta,
  unreadable: unreadable.meta,
} as const;

export type ParseRuleId = keyof typeof parseRules;

export const parseHints: Record<ParseRuleId, string> = {
  "yaml-syntax": yamlSyntax.hint,
  "duplicate-key": duplicateKey.hint,
  "unknown-tag": unknownTag.hint,
  "alias-bomb": aliasBomb.hint,
  "too-deep": tooDeep.hint,
  "empty-file": emptyFile.hint,
  "not-a-mapping": notAMapping.hint,
  "not-utf8": notUtf8.hint,
  "file-too-large": fileTooLarge.hint,
  unreadable: unreadable.hint,
};
