import { mkdir, readdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ClaimedLease, Lease, LeaseStore } from "./lease-store.js";

interface LeaseFile {
  lease: Lease;
  token: string;
  takeovers: number;
  expiresAt: number;
}

/**
 * Leases as files in a directory of one replica (`ROADMAP_GATE_STATE_DIR`), for deployments
 * without Redis: the replica, restarted, finds what its previous life left unfinished. Operations
 * are atomic within one process only (one at a time), so the directory must not be shared by two
 * replicas.
 */
export class FileLeaseStore implements LeaseStore {
  private ready: Promise<unknown>;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dir: string) {
    this.ready = mkdir(dir, { recursive: true, mode: 0o700 });
  }

  acquire(lease: Lease, token: string, ttlMs: number): Promise<boolean> {
    return this.serial(async () => {
      const current = await this.read(lease.delivery);
      if (current && current.expiresAt > Date.now()) return false;
      const takeovers = current?.takeovers ?? 0;
      await this.write({ lease, token, takeovers, expiresAt: Date.now() + ttlMs });
      return true;
    });
  }

  renew(delivery: string, token: string, ttlMs: number): Promise<boolean> {
    return this.serial(async () => {
      const current = await this.read(delivery);
      if (current?.token !== token) return false;
      await this.write({ ...current, expiresAt: Date.now() + ttlMs });
      return true;
    });
  }

  release(delivery: string, token: string): Promise<void> {
    return this.serial(async () => {
      const current = await this.read(delivery);
      if (current?.token === token) await unlink(this.path(delivery)).catch(() => undefined);
    });
  }

  claimExpired(tokenPrefix: string, ttlMs: number, limit: number): Promise<ClaimedLease[]> {
    return this.serial(() => this.claim(tokenPrefix, ttlMs, limit));
  }

  private async claim(tokenPrefix: string, ttlMs: number, limit: number): Promise<ClaimedLease[]> {
    await this.ready;
    const claimed: ClaimedLease[] = [];
    for (const name of await readdir(this.dir)) {
      if (claimed.length >= limit) break;
      if (!name.endsWith(".json")) continue;
      const current = await this.read(decodeURIComponent(name.slice(0, -".json".length)));
      if (!current || current.expiresAt > Date.now()) continue;
      const token = `${tokenPrefix}${claimed.length + 1}`;
      const takeovers = current.takeovers + 1;
      await this.write({ ...current, token, takeovers, expiresAt: Date.now() + ttlMs });
      claimed.push({ ...current.lease, token, takeovers });
    }
    return claimed;
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  /** One operation at a time: each reads a lease and writes it back. */
  private serial<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private path(delivery: string): string {
    return join(this.dir, `${encodeURIComponent(delivery)}.json`);
  }

  private async read(delivery: string): Promise<LeaseFile | undefined> {
    await this.ready;
    try {
      return JSON.parse(await readFile(this.path(delivery), "utf8")) as LeaseFile;
    } catch {
      // Absent, or cut short by a crash mid-write (writes are renamed into place, so rarely).
      return undefined;
    }
  }

  /** Written aside and renamed into place, so a crash never leaves half a lease. */
  private async write(file: LeaseFile): Promise<void> {
    await this.ready;
    const path = this.path(file.lease.delivery);
    const aside = `${path}.${process.pid}.tmp`;
    await writeFile(aside, JSON.stringify(file), { mode: 0o600 });
    await rename(aside, path);
  }
}
