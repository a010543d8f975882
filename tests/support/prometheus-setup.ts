import { prometheusInstalled, SKIP_LINE } from "./prometheus.js";

/** Vitest global setup: one line for the whole run when the Prometheus tests are skipped. */
export default function setup(): void {
  if (!prometheusInstalled) console.log(SKIP_LINE);
}
