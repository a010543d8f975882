import { readFileSync } from "node:fs";

/** The SLO fixtures as a surface hands them in: path → contents. */
export function sloFixtures(...names: string[]): Record<string, string> {
  return Object.fromEntries(
    names.map((name) => [
      `slo/${name}`,
      readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"),
    ]),
  );
}

export const ALL_FORMATS = ["openslo.yaml", "sloth.yaml", "sloth-crd.yaml", "pyrra.yaml"];
