/** An evaluation's deadline: a timer that stands still between `stop` and `run`. */
export interface Deadline {
  /** Called once the time is up. */
  expired?: () => void;
  run(): void;
  stop(): void;
}

/** A deadline of `totalMs` of running time; none: it never expires. */
export function deadline(totalMs: number | undefined): Deadline {
  let left = totalMs ?? Infinity;
  let since: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  const clock: Deadline = {
    expired: undefined,
    run() {
      if (since !== undefined || left === Infinity) return;
      since = performance.now();
      timer = setTimeout(() => clock.expired?.(), Math.max(0, left));
    },
    stop() {
      if (since === undefined) return;
      clearTimeout(timer);
      left -= performance.now() - since;
      since = undefined;
    },
  };
  return clock;
}
