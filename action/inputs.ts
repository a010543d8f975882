import * as core from "@actions/core";
import type { FailOn } from "../core/gate-verdict.js";
import {
  parsePrometheusUrl,
  prometheusUrlSecrets,
  type PrometheusConnection,
} from "../prometheus/http-prometheus.js";

export type { FailOn };
export type VerifySignOff = "auto" | "true" | "false";

/** The Action's inputs (action.yml), read and checked once. */
export interface ActionInputs {
  /** Item globs; undefined: the policy's `paths`. */
  paths?: string[];
  config: string;
  token: string;
  changedOnly: boolean;
  verifySignOff: VerifySignOff;
  /** Where to write SARIF; undefined: a file in RUNNER_TEMP. */
  sarifFile?: string;
  failOn: FailOn;
  /** Where Prometheus is, for the error-budget gate; undefined: not given. */
  prometheus?: PrometheusConnection;
}

export function readInputs(): ActionInputs {
  const token = core.getInput("token");
  // Masked before anything else can print it.
  if (token) core.setSecret(token);
  const prometheusToken = core.getInput("prometheus-token");
  if (prometheusToken) core.setSecret(prometheusToken);
  const paths = core.getMultilineInput("paths").filter((p) => !p.startsWith("#"));
  const sarifFile = core.getInput("sarif-file");
  return {
    paths: paths.length > 0 ? paths : undefined,
    config: core.getInput("config") || ".github/roadmap-gate.yml",
    token,
    changedOnly: booleanInput("changed-only", false),
    verifySignOff: oneOf("verify-sign-off", ["auto", "true", "false"], "auto"),
    sarifFile: sarifFile || undefined,
    failOn: oneOf("fail-on", ["error", "warning", "never"], "error"),
    prometheus: prometheusInput(prometheusToken),
  };
}

function prometheusInput(token: string): PrometheusConnection | undefined {
  const url = core.getInput("prometheus-url");
  if (url === "") return undefined;
  // A URL may carry credentials (https://user:token@host): masked like the tokens.
  for (const secret of prometheusUrlSecrets(url)) core.setSecret(secret);
  try {
    parsePrometheusUrl(url);
  } catch (error) {
    throw new Error(`Input prometheus-url: ${(error as Error).message}.`, { cause: error });
  }
  return { url, token: token || undefined };
}

function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).toLowerCase();
  if (value === "") return fallback;
  if (value === "true") return true;
  if (value === "false") return false;
  throw new Error(`Input ${name} must be true or false, not "${value}".`);
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).toLowerCase();
  if (value === "") return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`Input ${name} must be one of ${allowed.join(", ")}, not "${value}".`);
}
