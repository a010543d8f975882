import { displayPath } from "../item/display-path.js";
import { suggest } from "../item/suggest.js";
import { meta, type SchemaRule } from "./rule.js";

const rule = meta(
  "unknown-key",
  "error",
  "A key the format does not know (usually a typo); `x-` keys are free.",
  false,
  {
    example: [
      "metircs: # did you mean `metrics`?",
      '  latency: { objective: "p95 <= 300ms", window: 7d, source: grafana }',
    ],
    fix: "Rename the key to the one the finding suggests, or prefix it with `x-` (`x-notes:`) to keep it for your own use. The JSON Schema in `schemas/` lists every known key.",
  },
);

/** A key the schema's `additionalProperties: false` rejects; a near miss of a known key is named. */
export const unknownKey: SchemaRule = {
  meta: rule,
  keywords: ["additionalProperties"],
  fromSchema(ctx, { params, parentSchema, path, what }) {
    const key = String(params.additionalProperty);
    const parent = parentSchema as { properties?: object } | undefined;
    const known = Object.keys(parent?.properties ?? {});
    const guess = suggest(key, known);
    ctx.report({
      path: [...path, key],
      target: "key",
      message: `Unknown key \`${key}\` in ${path.length === 0 ? what : `\`${displayPath(path)}\``}${guess ? `; did you mean \`${guess}\`?` : ""}`,
      hint: guess
        ? `Rename it to \`${guess}\`, or prefix it with \`x-\` to keep it for your own use.`
        : `Remove it, or prefix it with \`x-\` to keep it for your own use. Known keys: ${known.join(", ")}.`,
    });
  },
};
