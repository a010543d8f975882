import type Bottleneck from "bottleneck";

/**
 * Bottleneck's Redis scripts raise bare errors (`UNKNOWN_CLIENT`, `SETTINGS_KEY_NOT_FOUND`) that it
 * recovers from by registering the client or the limiter again; it compares their text exactly.
 * Redis 7 prefixes `ERR ` to such errors, so Bottleneck 2.19.5 (its last release) no longer
 * recognises them and hands them to the request instead: once Redis forgets a replica's client (a
 * heartbeat more than 10 s late, as on a loaded machine) or a limiter's settings (two idle
 * minutes), every request of that installation failed (SGrondin/bottleneck#212, #219). This
 * strips the prefix on one connection's script replies, so Bottleneck's own recovery runs.
 */
export function recogniseRedis7Errors(connection: Bottleneck.IORedisConnection): void {
  const scripts = connection as unknown as ScriptConnection;
  if (scripts[PATCHED] || typeof scripts.__scriptArgs__ !== "function") return;
  const original = scripts.__scriptArgs__.bind(scripts);
  scripts.__scriptArgs__ = (name, id, args, callback) =>
    original(name, id, args, (error, replies) => callback(error && unprefixed(error), replies));
  scripts[PATCHED] = true;
}

const PATCHED = Symbol("roadmap-gate: Redis 7 errors recognised");
/** The errors Bottleneck's scripts raise and its client code matches by their start. */
const SENTINEL = /^ERR ((?:UNKNOWN_CLIENT|SETTINGS_KEY_NOT_FOUND|OVERWEIGHT:).*)$/s;

type Callback = (error: Error | null | undefined, replies: unknown) => void;

/** The part of Bottleneck's IORedisConnection that every script call goes through. */
interface ScriptConnection {
  __scriptArgs__(name: string, id: string, args: unknown[], callback: Callback): unknown[];
  [PATCHED]?: boolean;
}

function unprefixed(error: Error): Error {
  const match = SENTINEL.exec(error.message);
  if (match) error.message = match[1]!;
  return error;
}
