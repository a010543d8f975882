import { describe, expect, it } from "vitest";
import { FairSlots } from "../../thread/fair-slots.js";

/** Lets every granted slot's continuation run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("FairSlots", () => {
  it("never lets more than its limit hold a slot, and serves every waiter", async () => {
    const slots = new FairSlots(3);
    let holding = 0;
    let peak = 0;
    const done: number[] = [];
    await Promise.all(
      Array.from({ length: 16 }, async (_, i) => {
        const release = await slots.acquire(`installation-${i % 4}`);
        holding++;
        peak = Math.max(peak, holding);
        await settle();
        holding--;
        done.push(i);
        release();
      }),
    );
    expect(peak).toBe(3);
    expect(done).toHaveLength(16);
    expect(slots.running).toBe(0);
  });

  it("gives installations turns: a burst of one waits behind itself, not in front of another", async () => {
    const slots = new FairSlots(1);
    const order: string[] = [];
    const hold = async (key: string, name: string) => {
      const release = await slots.acquire(key);
      order.push(name);
      await settle();
      release();
    };
    const busy = ["a1", "a2", "a3", "a4", "a5"].map((name) => hold("a", name));
    const quiet = ["b1", "b2"].map((name) => hold("b", name));
    await Promise.all([...busy, ...quiet]);
    expect(order).toEqual(["a1", "a2", "b1", "a3", "b2", "a4", "a5"]);
  });

  it("frees a slot once, however often its release is called", async () => {
    const slots = new FairSlots(1);
    const release = await slots.acquire("a");
    release();
    release();
    const [x, y] = [slots.acquire("a"), slots.acquire("b")];
    await x;
    expect(slots.running).toBe(1);
    let second = false;
    void y.then(() => (second = true));
    await settle();
    expect(second).toBe(false);
  });
});
