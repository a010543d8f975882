import { resolveSlo, type SloIndex } from "../slo/slo-index.js";
import type { SloLookup } from "./budget-targets.js";

/**
 * An item's `slo:` looked up in the SLO files' index: the SLO's bare name, its service and window.
 * Undefined without an index (no `slo.files`): names are then read as written.
 */
export function sloLookup(index: SloIndex | undefined): SloLookup | undefined {
  if (!index) return undefined;
  return (written) => {
    const found = resolveSlo(index, written);
    if (found.kind !== "found") return undefined;
    const { name, service, windowDays } = found.slo;
    return { name, service, windowDays };
  };
}
