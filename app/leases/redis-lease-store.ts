import type { Redis } from "ioredis";
import type { ClaimedLease, Lease, LeaseStore } from "./lease-store.js";

const EXPIRIES = "roadmap-gate:leases";
const LEASE = "roadmap-gate:lease:";
/** A lease's record outlives its expiry by a day at most, even if no replica ever claims it. */
const RECORD_MS = 86_400_000;

// Redis's clock, not each replica's, decides expiry: replicas' clocks may disagree.
const NOW =
  "local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)";

const ACQUIRE = `${NOW}
local expires = redis.call('ZSCORE', KEYS[1], ARGV[1])
if expires and tonumber(expires) > now then return 0 end
redis.call('HSET', KEYS[2], 'lease', ARGV[3], 'token', ARGV[2])
redis.call('HSETNX', KEYS[2], 'takeovers', 0)
redis.call('PEXPIRE', KEYS[2], ${RECORD_MS})
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[1])
return 1`;

const RENEW = `${NOW}
if redis.call('HGET', KEYS[2], 'token') ~= ARGV[2] then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
return 1`;

const RELEASE = `if redis.call('HGET', KEYS[2], 'token') == ARGV[2] then
  redis.call('DEL', KEYS[2])
  redis.call('ZREM', KEYS[1], ARGV[1])
end
return 1`;

const CLAIM = `${NOW}
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, tonumber(ARGV[4]))
local claimed = {}
for i, delivery in ipairs(due) do
  local key = ARGV[1] .. delivery
  local lease = redis.call('HGET', key, 'lease')
  if lease then
    local token = ARGV[2] .. i
    redis.call('HSET', key, 'token', token)
    local takeovers = redis.call('HINCRBY', key, 'takeovers', 1)
    redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), delivery)
    table.insert(claimed, { token, lease, takeovers })
  else
    redis.call('ZREM', KEYS[1], delivery)
  end
end
return claimed`;

/** Leases in Redis, shared by every replica: a sorted set of expiries and a hash per delivery. */
export class RedisLeaseStore implements LeaseStore {
  constructor(private readonly redis: Redis) {}

  async acquire(lease: Lease, token: string, ttlMs: number): Promise<boolean> {
    const keys = [EXPIRIES, LEASE + lease.delivery];
    const args = [lease.delivery, token, JSON.stringify(lease), ttlMs];
    return (await this.redis.eval(ACQUIRE, 2, ...keys, ...args)) === 1;
  }

  async renew(delivery: string, token: string, ttlMs: number): Promise<boolean> {
    return (
      (await this.redis.eval(RENEW, 2, EXPIRIES, LEASE + delivery, delivery, token, ttlMs)) === 1
    );
  }

  async release(delivery: string, token: string): Promise<void> {
    await this.redis.eval(RELEASE, 2, EXPIRIES, LEASE + delivery, delivery, token);
  }

  async claimExpired(tokenPrefix: string, ttlMs: number, limit: number): Promise<ClaimedLease[]> {
    const rows = (await this.redis.eval(CLAIM, 1, EXPIRIES, LEASE, tokenPrefix, ttlMs, limit)) as [
      string,
      string,
      number,
    ][];
    return rows.map(([token, lease, takeovers]) => ({
      ...(JSON.parse(lease) as Lease),
      token,
      takeovers: Number(takeovers),
    }));
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
