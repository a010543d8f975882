import { meta } from "./rule.js";

/** A pull-request-level rule: its findings have file "" (the pull request itself). */
export const linkUnknown = meta(
  "link-unknown",
  "error",
  "The pull request links an item id or issue that no item file has.",
  false,
);
