/** How the engine reads item files; surfaces set it, from the environment where it comes from. */
export interface ReadOptions {
  /**
   * Whether the fast block reader (block-yaml.ts) may read a file before js-yaml; default true.
   * Off, every file is read by js-yaml alone: for telling a reader bug from a rule bug.
   */
  fastReader?: boolean;
}

/** The environment variable that turns the fast reader off: `ROADMAP_GATE_FAST_READER=off`. */
export const FAST_READER_VARIABLE = "ROADMAP_GATE_FAST_READER";

/** Read options from an environment (a surface passes `process.env`; the engine reads none). */
export function readOptionsFrom(env: Readonly<Record<string, string | undefined>>): ReadOptions {
  const value = env[FAST_READER_VARIABLE]?.trim().toLowerCase();
  return value === "off" || value === "0" || value === "false" ? { fastReader: false } : {};
}
