import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { createClient } from 'redis';
import { logger } from '../logger.js';

/**
 * Limits on what one connection or one address can do, so a flooding phone slows only
 * itself. Generous for people (a venue's phones often share one public address), tight for
 * scripts. A socket lives in one process, so its limits stay in that process's memory;
 * the per-address limits are kept in Redis when there is one (REDIS_URL), so that one
 * address gets one allowance however many processes it reaches.
 */
export const RATE_LIMITS = {
  /** Events per socket: a burst of queued offline commands fits, a flood does not. */
  eventsPerSocket: { points: 60, duration: 10 },
  /** Unknown join codes per socket, and per address: guessing codes goes nowhere. */
  wrongCodesPerSocket: { points: 10, duration: 60 },
  wrongCodesPerAddress: { points: 100, duration: 60 },
  /** Posts and votes (cast or taken back) per address: a full room behind one NAT voting at once fits. */
  contributionsPerAddress: { points: 600, duration: 10 },
  /** New participants per address: each one brings a new vote budget. A refused join is retried by the phone. */
  newParticipantsPerAddress: { points: 300, duration: 60 },
  /**
   * Whole snapshots (joins and resyncs) per socket and per address: the biggest answers the
   * server gives. A phone needs one per reconnect, and a reconnect is a new socket; a full
   * room behind one NAT reconnecting after a Wi-Fi drop fits in the address's allowance.
   */
  snapshotsPerSocket: { points: 6, duration: 60 },
  snapshotsPerAddress: { points: 600, duration: 10 },
  /** Sockets open at once from one address, per process ("points" is the count; no window). */
  socketsPerAddress: { points: 1000, duration: 0 },
  /** Imports per address (POST /api/import, no key needed): each checks up to a 10 MB file. */
  importsPerAddress: { points: 10, duration: 60 },
  /** Exports and series views per address: a person downloads a few, a script thousands. */
  exportsPerAddress: { points: 60, duration: 60 },
  /**
   * Workshops and series created per address (POST /api/workshops, POST /api/series, no key
   * needed): each is a log or a file on disk until retention. A course of facilitators
   * behind one NAT trying things out fits; a script filling the disk does not.
   */
  createsPerAddress: { points: 100, duration: 3600 },
  /**
   * Remiss comments, joins and erasures per address (the agreement's public routes). A
   * reader makes a new token at will, so the per-sender limit of a version stops only the
   * careless: this is what keeps one address from filling an agreement's 10,000 comments
   * (with the contribution allowance alone: three minutes) and locking everyone else out.
   * A meeting commenting together on one Wi-Fi fits.
   */
  agreementSendsPerAddress: { points: 300, duration: 3600 }
} as const;

export type RateLimitSettings = { [K in keyof typeof RATE_LIMITS]: { points: number; duration: number } };

const newClient = (url: string) => createClient({ url });
type RedisClient = ReturnType<typeof newClient>;

export interface RateLimitOptions {
  /** Shared store for the per-address limits; memory when absent. */
  redis?: RedisClient;
  /** Scales the per-address limits on joins, posts and votes; 0 turns them off. */
  addressLimitFactor?: number;
}

export class RateLimits {
  readonly #events: RateLimiterAbstract;
  readonly #wrongBySocket: RateLimiterAbstract;
  readonly #wrongByAddress: RateLimiterAbstract;
  readonly #contributions: RateLimiterAbstract | null;
  readonly #newParticipants: RateLimiterAbstract | null;
  readonly #snapshotsBySocket: RateLimiterAbstract;
  readonly #snapshotsByAddress: RateLimiterAbstract | null;
  readonly #socketsByAddress = new Map<string, number>();
  readonly #maxSocketsPerAddress: number;
  readonly #imports: RateLimiterAbstract | null;
  readonly #exports: RateLimiterAbstract | null;
  readonly #creates: RateLimiterAbstract | null;
  readonly #agreementSends: RateLimiterAbstract | null;
  readonly #redis: RedisClient | undefined;

  constructor(settings: Partial<RateLimitSettings> = {}, options: RateLimitOptions = {}) {
    const limits = { ...RATE_LIMITS, ...settings };
    const factor = options.addressLimitFactor ?? 1;
    const scaled = (limit: { points: number; duration: number }) => ({ ...limit, points: Math.max(1, Math.round(limit.points * factor)) });
    this.#redis = options.redis;
    this.#events = new RateLimiterMemory(limits.eventsPerSocket);
    this.#wrongBySocket = new RateLimiterMemory(limits.wrongCodesPerSocket);
    this.#wrongByAddress = this.#shared('wrong-codes', limits.wrongCodesPerAddress);
    this.#contributions = factor > 0 ? this.#shared('contributions', scaled(limits.contributionsPerAddress)) : null;
    this.#newParticipants = factor > 0 ? this.#shared('new-participants', scaled(limits.newParticipantsPerAddress)) : null;
    this.#snapshotsBySocket = new RateLimiterMemory(limits.snapshotsPerSocket);
    this.#snapshotsByAddress = factor > 0 ? this.#shared('snapshots', scaled(limits.snapshotsPerAddress)) : null;
    this.#maxSocketsPerAddress = factor > 0 ? scaled(limits.socketsPerAddress).points : Infinity;
    this.#imports = factor > 0 ? this.#shared('imports', scaled(limits.importsPerAddress)) : null;
    this.#exports = factor > 0 ? this.#shared('exports', scaled(limits.exportsPerAddress)) : null;
    this.#creates = factor > 0 ? this.#shared('creates', scaled(limits.createsPerAddress)) : null;
    this.#agreementSends = factor > 0 ? this.#shared('agreement-sends', scaled(limits.agreementSendsPerAddress)) : null;
  }

  /** Per-address limits with Redis (given a client), else the process's memory. */
  static async open(redisUrl: string, settings: Partial<RateLimitSettings> = {}, addressLimitFactor = 1): Promise<RateLimits> {
    if (!redisUrl) return new RateLimits(settings, { addressLimitFactor });
    const redis = newClient(redisUrl);
    redis.on('error', (error: Error) => logger.warn('redis_rate_limit_error', { error: error.message }));
    await redis.connect();
    return new RateLimits(settings, { redis, addressLimitFactor });
  }

  #shared(name: string, limit: { points: number; duration: number }): RateLimiterAbstract {
    if (!this.#redis) return new RateLimiterMemory(limit);
    return new RateLimiterRedis({
      ...limit,
      storeClient: this.#redis,
      useRedisPackage: true,
      keyPrefix: `samrad:rl:${name}`,
      // An address over its allowance is refused from memory until the window ends:
      // a flood costs Redis one command per process, not one per event.
      inMemoryBlockOnConsumed: limit.points + 1,
      // Redis away: limit in this process's memory instead of waiting or failing.
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(limit)
    });
  }

  /** Counts one event from a socket; false when it is over its allowance. */
  async allowEvent(socketId: string): Promise<boolean> {
    return consumed(this.#events.consume(socketId));
  }

  /** Counts one post or vote from an address. */
  async allowContribution(address: string): Promise<boolean> {
    return this.#contributions ? consumed(this.#contributions.consume(address)) : true;
  }

  /** Counts one join that makes a new participant (not a re-join with a known token). */
  async allowNewParticipant(address: string): Promise<boolean> {
    return this.#newParticipants ? consumed(this.#newParticipants.consume(address)) : true;
  }

  /** Counts one whole snapshot (a join or a resync) for a socket and its address. */
  async allowSnapshot(socketId: string, address: string): Promise<boolean> {
    // The socket's own allowance first: one socket over it does not use up its neighbours'.
    if (!(await consumed(this.#snapshotsBySocket.consume(socketId)))) return false;
    return this.#snapshotsByAddress ? consumed(this.#snapshotsByAddress.consume(address)) : true;
  }

  /** Counts one import from an address. */
  async allowImport(address: string): Promise<boolean> {
    return this.#imports ? consumed(this.#imports.consume(address)) : true;
  }

  /** Counts one export or series view from an address. */
  async allowExport(address: string): Promise<boolean> {
    return this.#exports ? consumed(this.#exports.consume(address)) : true;
  }

  /** Counts one new workshop or series from an address. */
  async allowCreate(address: string): Promise<boolean> {
    return this.#creates ? consumed(this.#creates.consume(address)) : true;
  }

  /** Counts one remiss comment, join or erasure from an address (and one contribution). */
  async allowAgreementSend(address: string): Promise<boolean> {
    if (!(await this.allowContribution(address))) return false;
    return this.#agreementSends ? consumed(this.#agreementSends.consume(address)) : true;
  }

  /** Whether an address may open one more socket in this process. */
  mayOpenSocket(address: string): boolean {
    return (this.#socketsByAddress.get(address) ?? 0) < this.#maxSocketsPerAddress;
  }

  socketOpened(address: string): void {
    this.#socketsByAddress.set(address, (this.#socketsByAddress.get(address) ?? 0) + 1);
  }

  socketClosed(address: string): void {
    const open = (this.#socketsByAddress.get(address) ?? 1) - 1;
    if (open > 0) this.#socketsByAddress.set(address, open);
    else this.#socketsByAddress.delete(address);
  }

  /**
   * Looks up a join code within the wrong-code allowance of a caller (a socket, or an
   * address's plain HTTP requests) and its address. A point is taken from both before the
   * lookup and given back when the code exists: however many guesses arrive at once, no
   * more codes are looked up than the allowance holds. Past it, nothing is looked up.
   */
  async lookUpCode<T>(callerId: string, address: string, lookUp: () => Promise<T | undefined>): Promise<T | undefined | 'rate_limited'> {
    const taken = await Promise.all([taken1(this.#wrongBySocket, callerId), taken1(this.#wrongByAddress, address)]);
    if (!taken.every(Boolean)) return 'rate_limited';
    const found = await lookUp();
    if (found !== undefined) {
      await Promise.allSettled([this.#wrongBySocket.reward(callerId, 1), this.#wrongByAddress.reward(address, 1)]);
    }
    return found;
  }

  async close(): Promise<void> {
    await this.#redis?.close().catch(() => this.#redis?.destroy());
  }
}

/**
 * The address a client connected from. Behind `trustProxy` reverse proxies of our own, it
 * is the entry that many places from the right of X-Forwarded-For: the one our outermost
 * proxy wrote, so whatever a client puts there itself is never used.
 */
export function clientAddress(handshake: { address: string; headers: Record<string, string | string[] | undefined> }, trustProxy: number): string {
  if (trustProxy <= 0) return handshake.address;
  const header = handshake.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops.length >= trustProxy ? hops[hops.length - trustProxy]! : handshake.address;
}

/** Takes one point; false when none was left. A store that fails (Redis away, no insurance) counts as taken. */
async function taken1(limiter: RateLimiterAbstract, key: string): Promise<boolean> {
  return consumed(limiter.consume(key)).catch(() => true);
}

async function consumed(attempt: Promise<RateLimiterRes>): Promise<boolean> {
  try {
    await attempt;
    return true;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return false;
    throw rejection;
  }
}
