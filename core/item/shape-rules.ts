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
  keyFormat: keyFormat,
  missingField: missingField,
  wrongType: wrongType,
  invalidValue: invalidValue,
  idFormat: idFormat,
  handleFormat: handleFormat,
  sliceIdFormat: sliceIdFormat,
  objectiveFormat: objectiveFormat,
  windowFormat: windowFormat,
  dateFormat: dateFormat.meta,
  emptyList: emptyList,
  emptyValue: emptyValue,
  duplicateEntry: duplicateEntry,
} as const;
