import { meta, type SchemaRule } from "./rule.js";

const rule = meta(
  "api-version",
  "error",
  "`apiVersion` must be exactly `roadmap-gate/v1`.",
  false,
  { example: ["apiVersion: roadmap-gate/v2"], fix: "Write `apiVersion: roadmap-gate/v1`." },
);

/** The schema's `const` on `apiVersion`. */
export const apiVersion: SchemaRule = {
  meta: rule,
  keywords: ["const"],
  fromSchema(ctx, { path, value }) {
    ctx.report({
      path,
      message: `\`apiVersion\` is ${JSON.stringify(value)}, not \`roadmap-gate/v1\``,
      hint: 'Write apiVersion: "roadmap-gate/v1".',
    });
  },
};
