/**
 * A webhook being handled, with what another replica needs to handle it again: the delivery id
 * (kept in the check run's `external_id`), the event and its payload.
 */
export interface Lease {
  delivery: string;
  event: string;
  payload: unknown;
  /** When this replica received it (ms since the epoch): for logs, and for how late a takeover is. */
  receivedAt: number;
}

/** A lease claimed from a replica that stopped renewing it. */
export interface ClaimedLease extends Lease {
  /** The claimer's token: it renews and releases the lease with it. */
  token: string;
  /** How many times the delivery has been taken over, this time included. */
  takeovers: number;
}

/**
 * Where leases live: Redis, shared by every replica (redis-lease-store.ts), or files of one replica
 * (file-lease-store.ts). Each operation is atomic for the replicas that share the store, and each
 * lease has one holder at a time, named by a token.
 */
export interface LeaseStore {
  /** Takes the delivery's lease for `ttlMs` unless someone else holds it unexpired: false then. */
  acquire(lease: Lease, token: string, ttlMs: number): Promise<boolean>;
  /** Extends the holder's lease; false when it is no longer the holder's. */
  renew(delivery: string, token: string, ttlMs: number): Promise<boolean>;
  /** Drops the lease if the token still holds it: the delivery is done with. */
  release(delivery: string, token: string): Promise<void>;
  /** At most `limit` leases that expired, each now held by a new token (`tokenPrefix` and a number). */
  claimExpired(tokenPrefix: string, ttlMs: number, limit: number): Promise<ClaimedLease[]>;
  close(): Promise<void>;
}
