import { linkUnknown } from "../rules/link-unknown.js";
import { linkNotReady } from "../rules/link-not-ready.js";
import { linkMissing } from "../rules/link-missing.js";

/** Pull-request-level rules (file ""); each lives in core/rules/<id>.ts. */
export const linkRules = {
  unknown: linkUnknown.meta,
  notReady: linkNotReady.meta,
  missing: linkMissing.meta,
};
