import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import configSchema from "../../schemas/config.schema.json" with { type: "json" };
import itemSchema from "../../schemas/roadmap-item.schema.json" with { type: "json" };

let item: ValidateFunction | undefined;
let config: ValidateFunction | undefined;

function compiler(): Ajv2020 {
  // verbose: errors carry their parent schema, used for "did you mean" on unknown keys.
  return new Ajv2020({ allErrors: true, verbose: true, strict: false });
}

/** Compiled once per process: validators are costly to build and free to reuse. */
export function itemValidator(): ValidateFunction {
  item ??= compiler().compile(itemSchema);
  return item;
}

export function configValidator(): ValidateFunction {
  config ??= compiler().compile(configSchema);
  return config;
}

export { configSchema, itemSchema };
