import { meta } from "../rules/rule.js";

/** Pull-request-level rules: their findings have file "" (the pull request itself). */
export const linkRules = {
  unknown: meta(
    "link-unknown",
    "error",
    "The pull request links an item id or issue that no item file has.",
    false,
  ),
  notReady: meta(
    "link-not-ready",
    "error",
    "The pull request links an item that is not gate-ready.",
    false,
  ),
  missing: meta(
    "link-missing",
    "error",
    "`require_roadmap_link`: the pull request links no roadmap item and has no exempt label.",
    false,
  ),
};
