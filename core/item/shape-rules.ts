import type { PatternRule } from "../rules/rule.js";
import { apiVersion } from "../rules/api-version.js";
import { unknownKey } from "../rules/unknown-key.js";
import { keyFormat } from "../rules/key-format.js";
import { missingField } from "../rules/missing-field.js";
import { wrongType } from "../rules/wrong-type.js";
import { invalidValue } from "../rules/invalid-value.js";
import { idFormat } from "../rules/id-format.js";
import { handleFormat } from "../rules/handle-format.js";
import { sliceIdFormat } from "../rules/slice-id-format.js";
import { objectiveFormat } from "../rules/objective-format.js";
import { windowFormat } from "../rules/window-format.js";
import { dateFormat } from "../rules/date-format.js";
import { emptyList } from "../rules/empty-list.js";
import { emptyValue } from "../rules/empty-value.js";
import { duplicateEntry } from "../rules/duplicate-entry.js";

/** The schema rules; each lives in core/rules/<id>.ts, and shape-findings.ts maps ajv's errors to them. */
export const shapeRules = {
  apiVersion: apiVersion,
  unknownKey: unknownKey,
  keyFormat: keyFormat.meta,
  missingField: missingField,
  wrongType: wrongType,
  invalidValue: invalidValue,
  idFormat: idFormat.meta,
  handleFormat: handleFormat.meta,
  sliceIdFormat: sliceIdFormat.meta,
  objectiveFormat: objectiveFormat.meta,
  windowFormat: windowFormat.meta,
  dateFormat: dateFormat.meta,
  emptyList: emptyList,
  emptyValue: emptyValue,
  duplicateEntry: duplicateEntry,
} as const;

/** The rules a schema's `"$comment": "rule: <id>"` may name beside a `pattern`, by id. */
export const patternRules: ReadonlyMap<string, PatternRule> = new Map<string, PatternRule>(
  [idFormat, handleFormat, sliceIdFormat, objectiveFormat, windowFormat, dateFormat, keyFormat].map(
    (rule) => [rule.meta.id, rule],
  ),
);
