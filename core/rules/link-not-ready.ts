import { meta } from "./rule.js";

/** A pull-request-level rule: its findings have file "" (the pull request itself). */
export const linkNotReady = meta(
  "link-not-ready",
  "error",
  "The pull request links an item that is not gate-ready.",
  false,
);
