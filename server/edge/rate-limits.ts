import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Limits on what one connection or one address can do, so a flooding phone slows only
 * itself. Generous for people (a venue's phones often share one public address), tight for
 * scripts. In memory per process: a client that hops between processes gets at most one
 * allowance per process.
 */
export const RATE_LIMITS = {
  /** Events per socket: a burst of queued offline commands fits, a flood does not. */
  eventsPerSocket: { points: 60, duration: 10 },
  /** Unknown join codes per socket, and per address: guessing codes goes nowhere. */
  wrongCodesPerSocket: { points: 10, duration: 60 },
  wrongCodesPerAddress: { points: 100, duration: 60 }
} as const;

export type RateLimitSettings = { [K in keyof typeof RATE_LIMITS]: { points: number; duration: number } };

export class RateLimits {
  readonly #events: RateLimiterMemory;
  readonly #wrongBySocket: RateLimiterMemory;
  readonly #wrongByAddress: RateLimiterMemory;

  constructor(settings: Partial<RateLimitSettings> = {}) {
    const limits = { ...RATE_LIMITS, ...settings };
    this.#events = new RateLimiterMemory(limits.eventsPerSocket);
    this.#wrongBySocket = new RateLimiterMemory(limits.wrongCodesPerSocket);
    this.#wrongByAddress = new RateLimiterMemory(limits.wrongCodesPerAddress);
  }

  /** Counts one event from a socket; false when it is over its allowance. */
  async allowEvent(socketId: string): Promise<boolean> {
    return consumed(this.#events.consume(socketId));
  }

  /** Whether this socket and address may still look up codes (after wrong ones). */
  async mayLookUpCodes(socketId: string, address: string): Promise<boolean> {
    const [bySocket, byAddress] = await Promise.all([this.#wrongBySocket.get(socketId), this.#wrongByAddress.get(address)]);
    return (bySocket?.remainingPoints ?? 1) > 0 && (byAddress?.remainingPoints ?? 1) > 0;
  }

  /** Records a lookup of a code that does not exist. */
  async wrongCode(socketId: string, address: string): Promise<void> {
    await Promise.allSettled([this.#wrongBySocket.consume(socketId), this.#wrongByAddress.consume(address)]);
  }
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
