/**
 * At most `limit` holders at once, the waiting ones served fairly by key: each key (an
 * installation) has its own queue, and the queues take turns, so one organisation's burst of
 * events waits behind itself, never in front of another's next evaluation.
 */
export class FairSlots {
  private inUse = 0;
  /** Waiting holders by key, in the order the keys take their turns. */
  private readonly queues = new Map<string, (() => void)[]>();

  constructor(private limit: number) {}

  /** Resolves, once a slot is free and it is this key's turn, to the function that frees it. */
  acquire(key: string): Promise<() => void> {
    return new Promise((resolve) => {
      const grant = () => {
        this.inUse++;
        let freed = false;
        resolve(() => {
          if (freed) return;
          freed = true;
          this.inUse--;
          this.next();
        });
      };
      const queue = this.queues.get(key);
      if (queue) queue.push(grant);
      else this.queues.set(key, [grant]);
      this.next();
    });
  }

  /** How many hold a slot now. */
  get running(): number {
    return this.inUse;
  }

  /** Changes the limit (tests; a surface sets it once). */
  setLimit(limit: number): void {
    this.limit = limit;
    this.next();
  }

  private next(): void {
    while (this.inUse < this.limit) {
      const first = this.queues.entries().next();
      if (first.done) return;
      const [key, queue] = first.value;
      const grant = queue.shift()!;
      // The key goes to the back of the turn order, or leaves it when it has no one waiting.
      this.queues.delete(key);
      if (queue.length > 0) this.queues.set(key, queue);
      grant();
    }
  }
}
