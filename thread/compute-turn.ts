import type { FairSlots } from "./fair-slots.js";

/**
 * One evaluation's turn to compute: at most as many threads compute at once as there are cores,
 * but an evaluation's thread also waits on GitHub (about a second per query of its installation's
 * throttled lane) and Prometheus, and a thread that held its turn while waiting would leave the
 * cores idle and the other installations queued. So the turn is given up while the thread has
 * nothing to run but its ports' answers, and taken back, when the installation's turn comes,
 * before the first answer is handed to it. The thread tells when it has nothing to run (`idle`),
 * with how many answers it had by then, so a stale report never gives a busy thread's turn away.
 */
export class ComputeTurn {
  private free: (() => void) | undefined;
  /** Port calls asked and not answered yet. */
  private asking = 0;
  /** Answers handed to the thread. */
  private handed = 0;
  /** Answers ready while the evaluation waits for its turn. */
  private readonly ready: (() => void)[] = [];
  private queued = false;
  private ended = false;

  constructor(
    private readonly slots: FairSlots,
    private readonly key: string,
    /** While the evaluation waits for a turn its deadline stands still: queuing is not its time. */
    private readonly clock: { stop(): void; run(): void },
  ) {}

  /** Waits for the first turn. */
  async start(): Promise<void> {
    this.free = await this.slots.acquire(this.key);
  }

  /** The thread asked one of its ports. */
  asked(): void {
    this.asking++;
  }

  /** A port's answer is ready: `hand` gives it to the thread, now or once the turn is back. */
  answered(hand: () => void): void {
    this.asking--;
    if (this.ended) return;
    if (this.free) {
      this.handed++;
      hand();
      return;
    }
    this.ready.push(hand);
    if (this.queued) return;
    this.queued = true;
    this.clock.stop();
    void this.slots.acquire(this.key).then((free) => {
      this.queued = false;
      if (this.ended) return free();
      this.free = free;
      this.clock.run();
      for (const next of this.ready.splice(0)) {
        this.handed++;
        next();
      }
    });
  }

  /** The thread had nothing to run, having received `received` answers. */
  idle(received: number): void {
    if (this.free && this.asking > 0 && received === this.handed) {
      this.free();
      this.free = undefined;
    }
  }

  /** The evaluation is over: its turn, held or still coming, goes to the next. */
  end(): void {
    this.ended = true;
    this.free?.();
    this.free = undefined;
  }
}
