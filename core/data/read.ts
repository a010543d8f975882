/** Defensive readers: rules run on items that may still have shape errors, and never throw. */
export function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Text with something in it: a blank string (only whitespace) says nothing, like "". */
export function filled(value: unknown): string | undefined {
  return typeof value === "string" && /\S/.test(value) ? value : undefined;
}

export function ownKeys(value: unknown): string[] {
  const map = record(value);
  return map ? Object.keys(map) : [];
}

export function has(map: Record<string, unknown> | undefined, key: string): boolean {
  return map !== undefined && Object.prototype.hasOwnProperty.call(map, key);
}

/** `@Alice` → `alice`: logins compare case-insensitively. */
export function login(handle: string): string {
  return (handle.startsWith("@") ? handle.slice(1) : handle).toLowerCase();
}
