import { meta, type CheckRule } from "./rule.js";

const hint =
  "Fix the SLO file: OpenSLO v1 (`apiVersion: openslo/v1`, `kind: SLO`), Sloth (`version: prometheus/v1` or `kind: PrometheusServiceLevel`) or Pyrra (`kind: ServiceLevelObjective`); or drop it from slo.files.";

/**
 * An SLO file (policy `slo.files`) that cannot be read as OpenSLO v1, Sloth or Pyrra. Raised
 * where SLO files are read (core/load/read-slo-files.ts), in that file; other files are still
 * judged. The reader places each problem itself: SLO files hold several documents.
 */
export const sloFileInvalid: CheckRule<{ message: string; line: number; column: number }> = {
  meta: meta(
    "slo-file-invalid",
    "error",
    "An SLO file (`slo.files`) that is not OpenSLO v1, Sloth or Pyrra, or is broken.",
    false,
    {
      example: [
        "# slos/checkout.yaml, matched by slo.files",
        "apiVersion: openslo/v2alpha",
        "kind: SLO",
        "metadata: { name: checkout }",
      ],
      fix: "Make each document of the file an OpenSLO v1, Sloth (`prometheus/v1` or the CRD) or Pyrra SLO with a usable target, or leave the file out of `slo.files`. The other files and documents are still read.",
    },
  ),
  check(context, { message, line, column }) {
    context.report({ message, hint, line, column });
  },
};
