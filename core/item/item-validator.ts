import type { ValidateFunction } from "ajv";
import { config, item } from "./validators.generated.js";

/**
 * The schemas' validators, compiled at build time (scripts/build-validators.mjs): compiling at
 * run time cost ~80 ms, more than judging a thousand items.
 */
export function itemValidator(): ValidateFunction {
  return item as ValidateFunction;
}

export function configValidator(): ValidateFunction {
  return config as ValidateFunction;
}
