import type { Finding } from "../findings/finding.js";

export type SloFormat = "openslo" | "sloth" | "pyrra";

/** A threshold an SLO states beside its target: an OpenSLO objective's `value` or a Pyrra `le`. */
export interface SloThreshold {
  value: number;
  /** `item`: read in the item's own unit (OpenSLO `value` has none); `s`: seconds (Pyrra). */
  unit: "item" | "s";
  /** OpenSLO `op` (`lte`, `lt`, `gte`, `gt`) when written. */
  op?: string;
}

/** One objective of an SLO: OpenSLO SLOs may hold several; Sloth and Pyrra state one. */
export interface SloObjective {
  /** 0..100, units normalised (OpenSLO `target` 0.995 and `targetPercent` 99.5 are both 99.5). */
  targetPercent: number;
  threshold?: SloThreshold;
}

/** An SLO as defined in one of the repository's SLO files (policy `slo.files`). */
export interface Slo {
  /** The bare name: OpenSLO and Pyrra `metadata.name`, Sloth `slos[].name`. */
  name: string;
  /** OpenSLO `spec.service`, Sloth `service`; Pyrra has none. */
  service: string | undefined;
  format: SloFormat;
  /** Where the SLO is defined: its name's position in its file. */
  file: string;
  line: number;
  column: number;
  /** The first objective's target, 0..100. */
  targetPercent: number;
  /** The SLO's window in days (`4w` = 28, `24h` = 1); Sloth's is `slo.sloth_period`. */
  windowDays: number | undefined;
  /** The window as written (`28d`), or `30d (slo.sloth_period)` for Sloth. */
  window: string | undefined;
  objectives: SloObjective[];
}

/** SLO files read: every SLO found, and a `slo-file-invalid` finding for each problem. */
export interface SloCatalog {
  slos: Slo[];
  findings: Finding[];
}
