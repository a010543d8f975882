import type { Finding } from "./findings/finding.js";

export type Verdict =
  | "pass" // gated and meets the gate
  | "fail" // has errors
  | "not-gated" // status outside gate.statuses, and well-formed
  | "unreadable"; // could not be parsed into an item

export interface SignOffView {
  reviewer: string;
  decision: string;
  date: string;
  /** undefined: not verified here (CLI); true/false: checked against GitHub reviews. */
  verified?: boolean;
}

export interface SliceView {
  id: string;
  value: string;
  dependsOn: string[];
}

export interface WaiverView {
  rule: string;
  reason: string;
  approvedBy: string;
  expires: string;
}

/** One item file as judged. Fields are absent when the file did not say them. */
export interface ItemReport {
  file: string;
  id?: string;
  title?: string;
  status?: string;
  owner?: string;
  ai: boolean;
  issue?: number;
  gated: boolean;
  verdict: Verdict;
  errors: number;
  warnings: number;
  signOffs: SignOffView[];
  slices: SliceView[];
  waivers: WaiverView[];
}

export interface Report {
  items: ItemReport[];
  /** Every finding, sorted by file, line, column. */
  findings: Finding[];
  errors: number;
  warnings: number;
  notes: number;
  /** `fail` when any finding is an error. */
  result: "pass" | "fail";
  /** Things said once for the whole run, e.g. "sign-offs were not verified". */
  notices: string[];
}
