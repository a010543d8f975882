import { meta } from "./rule.js";

/** A pull-request-level rule: its findings have file "" (the pull request itself). */
export const linkMissing = meta(
  "link-missing",
  "error",
  "`require_roadmap_link`: the pull request links no roadmap item and has no exempt label.",
  false,
);
