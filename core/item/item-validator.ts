import type { ValidateFunction } from "ajv";
import type { PolicyFile } from "../policy/policy-file.generated.js";
import type { RoadmapItem } from "./roadmap-item.generated.js";
import { config, item } from "./validators.generated.js";

/**
 * The schemas' validators, compiled at build time (scripts/build-validators.mjs): compiling at
 * run time cost ~80 ms, more than judging a thousand items.
 */
/** An item's validator: what passes is a RoadmapItem, the type generated from the schema. */
export function itemValidator(): ValidateFunction<RoadmapItem> {
  return item as ValidateFunction<RoadmapItem>;
}

/** A policy file's validator: what passes is a PolicyFile, the type generated from the schema. */
export function configValidator(): ValidateFunction<PolicyFile> {
  return config as ValidateFunction<PolicyFile>;
}
