import { meta } from "./rule.js";

/** Checked across files in evaluate.ts, since no single item can know it. */
export const idDuplicate = meta("id-duplicate", "error", "Two item files share an id.", false);
