/** Per pull request: whether it is being judged, and the one evaluation that waits after it. */
const judging = new Map<string, { next?: () => Promise<void> }>();

/**
 * Runs `evaluate` for the pull request `key` now, or, while it is being judged, once after that:
 * events that arrive meanwhile (five pushes in a row, a review, a label) fold into one more
 * evaluation, of the newest event, which replaces any that was waiting. The handler of the event
 * that started judging runs the waiting one too; the folded events' handlers return at once.
 */
export async function foldPerPullRequest(
  key: string,
  evaluate: () => Promise<void>,
): Promise<"ran" | "folded"> {
  const running = judging.get(key);
  if (running) {
    running.next = evaluate;
    return "folded";
  }
  const state: { next?: () => Promise<void> } = { next: evaluate };
  judging.set(key, state);
  let failure: unknown;
  try {
    while (state.next) {
      const run = state.next;
      state.next = undefined;
      // One evaluation's failure (already written as a failed check) must not drop the next.
      await run().catch((error: unknown) => (failure ??= error));
    }
  } finally {
    judging.delete(key);
  }
  if (failure !== undefined) throw failure;
  return "ran";
}
