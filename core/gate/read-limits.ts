import type { Policy } from "../policy/policy.js";

/** What one evaluation may download from GitHub (see github/github-port.ts). */
export interface ReadLimits {
  /** A file over this many bytes is not downloaded: `tooLarge` (the policy's limits.max_file_bytes). */
  maxFileBytes: number;
  /** File bytes the port reads in all; past it, it fails closed (EVALUATION_READ_BYTES). */
  maxBytes: number;
}

/** One evaluation reads at most this much file content from GitHub (SPEC section 10). */
export const EVALUATION_READ_BYTES = 64 * 1024 * 1024;

/** Sizes before contents, nothing over the policy's limit, 64 MiB in all: every surface's reads. */
export function evaluationLimits(policy: Policy): ReadLimits {
  return { maxFileBytes: policy.limits.max_file_bytes, maxBytes: EVALUATION_READ_BYTES };
}
