import type { Policy } from "../policy/policy.js";
import { readSloFiles, sloReadOptions } from "../load/read-slo-files.js";
import { buildSloIndex, resolveSlo, type SloIndex } from "../slo/slo-index.js";
import type { SourceFile } from "../source.js";
import type { SloLookup } from "../error-budget/budget-targets.js";

/**
 * An item's `slo:` looked up in the SLO files' index: the SLO's bare name, its service and window.
 * Undefined without an index (no `slo.files`): names are then read as written.
 */
export function sloLookup(index: SloIndex | undefined): SloLookup | undefined {
  if (!index) return undefined;
  return (written) => {
    const found = resolveSlo(index, written);
    if (found.kind !== "found") return undefined;
    const { name, service, windowDays, format } = found.slo;
    return { name, service, windowDays, format };
  };
}

/** The SLO files' index, for the gate's lookups (their findings are the evaluation's to report). */
export function sloIndexOf(
  files: readonly SourceFile[] | undefined,
  policy: Policy,
  onFile?: (path: string) => void,
): SloIndex | undefined {
  if (!files) return undefined;
  return buildSloIndex(readSloFiles(files, { ...sloReadOptions(policy), onFile }).slos);
}
