/**
 * Answers remembered by short text keys, bounded in bytes. A string the parser cut from a file
 * is, in V8, a slice that keeps the whole file alive; an evaluation thread is reused, so one
 * repository's 1 MiB files kept alive by a few keys would count against the next installation's
 * memory. Keys are therefore copied, and keys too long for any valid value are not remembered.
 */
export class StringMemo<V> {
  private readonly answers = new Map<string, V>();
  private bytes = 0;

  /**
   * @param maxKeyLength longer keys are answered but not remembered (no valid value is that long)
   * @param maxBytes what the keys may hold in all (UTF-16, with a Map entry's overhead), after
   *   which the memo starts again
   */
  constructor(
    private readonly compute: (key: string) => V,
    private readonly maxKeyLength = 64,
    private readonly maxBytes = 128 * 1024,
  ) {}

  get(key: string): V {
    if (key.length > this.maxKeyLength) return this.compute(key);
    if (this.answers.has(key)) return this.answers.get(key) as V;
    const value = this.compute(key);
    const cost = ENTRY_BYTES + 2 * key.length;
    if (this.bytes + cost > this.maxBytes) {
      this.answers.clear();
      this.bytes = 0;
    }
    this.answers.set(ownCopy(key), value);
    this.bytes += cost;
    return value;
  }

  /** Bytes the remembered keys hold, as counted against maxBytes. */
  get retainedBytes(): number {
    return this.bytes;
  }
}

/** A Map entry, a key's header and a value, roughly: enough to make the bound honest. */
const ENTRY_BYTES = 64;

/** A new flat string with the same code units, which refers to no other string. */
function ownCopy(key: string): string {
  const units = new Array<number>(key.length);
  for (let i = 0; i < key.length; i++) units[i] = key.charCodeAt(i);
  return String.fromCharCode(...units);
}
