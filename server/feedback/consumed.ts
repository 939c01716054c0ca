import { RateLimiterRes } from 'rate-limiter-flexible';

/** True when a rate limiter let the point through, false when the key is over its allowance. */
export async function consumed(attempt: Promise<RateLimiterRes>): Promise<boolean> {
  try {
    await attempt;
    return true;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return false;
    throw rejection;
  }
}
