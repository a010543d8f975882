import { meta } from "./rule.js";

/**
 * An SLO file (policy `slo.files`) that cannot be read as OpenSLO v1, Sloth or Pyrra. Raised
 * where SLO files are read (core/slo/read-slo-files.ts), in that file; other files are still judged.
 */
export const sloFileInvalid = meta(
  "slo-file-invalid",
  "error",
  "An SLO file (`slo.files`) that is not OpenSLO v1, Sloth or Pyrra, or is broken.",
  false,
);

export const SLO_FILE_HINT =
  "Fix the SLO file: OpenSLO v1 (`apiVersion: openslo/v1`, `kind: SLO`), Sloth (`version: prometheus/v1` or `kind: PrometheusServiceLevel`) or Pyrra (`kind: ServiceLevelObjective`); or drop it from slo.files.";
