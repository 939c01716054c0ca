import { resolve } from 'node:path';

/** Everything the server takes from its environment, read once at start. */
export interface Config {
  port: number;
  host: string;
  /** What the QR code encodes, e.g. https://samrad.example.se. Empty: taken from each request's Host. */
  publicUrl: string;
  dataDir: string;
  /** When set, workshops live in Redis and several processes can serve them together. */
  redisUrl: string;
  /** Milliseconds between two deltas to one audience room (~10 Hz). */
  tickMs: number;
  /** Milliseconds between two counts of participants online. */
  presenceMs: number;
  /** A workshop is deleted, with everything in it, this many days after its last change. */
  retentionDays: number;
  /** Milliseconds between two looks for workshops past their retention (also done at start). */
  retentionSweepMs: number;
  /**
   * Reverse proxies in front of the server. With N > 0, a client's address is the Nth
   * address from the right of X-Forwarded-For (what the outermost proxy of ours saw);
   * with 0 the header is ignored (a client could write anything there).
   */
  trustProxy: number;
  /** Scales the per-address limits on joins, posts and votes; 0 turns them off (e.g. for load tests from one machine). */
  addressLimitFactor: number;
  /** Who runs this server, for the accessibility statement (OPERATOR_NAME/_EMAIL/_PHONE); each may be empty. */
  operator: { name: string; email: string; phone: string };
  /** Bearer key for reading accessibility reports (OPERATOR_KEY); empty: the list is switched off. */
  operatorKey: string;
  /** Bearer token for GET /metrics (METRICS_TOKEN); empty: /metrics answers 404. */
  metricsToken: string;
  /** After an erasure, Redis is asked to rewrite its files this much later (REDIS_REWRITE_AFTER_SECONDS). */
  redisRewriteAfterMs: number;
}

/** An operator key shorter than this could be guessed: refused at start. */
export const MIN_OPERATOR_KEY_LENGTH = 16;

function numberFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, valid: (n: number) => boolean, meaning: string): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || !valid(value)) throw new Error(`${name} must be ${meaning}, got ${raw}`);
  return value;
}

/** An operator's secret (OPERATOR_KEY, METRICS_TOKEN): empty, or long enough not to be guessed. */
function secretFrom(env: NodeJS.ProcessEnv, name: string): string {
  const value = (env[name] ?? '').trim();
  if (value && (value.length < MIN_OPERATOR_KEY_LENGTH || /\s/.test(value))) throw new Error(`${name} must be at least ${MIN_OPERATOR_KEY_LENGTH} characters without spaces (e.g. openssl rand -base64 24)`);
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const publicUrl = (env.PUBLIC_URL ?? '').trim().replace(/\/+$/, '');
  if (publicUrl && !/^https?:\/\/[^/]+/.test(publicUrl)) throw new Error(`PUBLIC_URL must start with http:// or https://, got ${publicUrl}`);
  const operatorKey = secretFrom(env, 'OPERATOR_KEY');
  const metricsToken = secretFrom(env, 'METRICS_TOKEN');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    publicUrl,
    dataDir: resolve(env.DATA_DIR ?? './data'),
    redisUrl: (env.REDIS_URL ?? '').trim(),
    tickMs: 100,
    presenceMs: 2000,
    retentionDays: numberFrom(env, 'RETENTION_DAYS', 180, (n) => Number.isInteger(n) && n >= 1, 'a whole number of days, at least 1'),
    retentionSweepMs: 60 * 60 * 1000,
    trustProxy: numberFrom(env, 'TRUST_PROXY', 0, (n) => Number.isInteger(n) && n >= 0 && n <= 10, 'the number of proxies in front (0–10)'),
    addressLimitFactor: numberFrom(env, 'ADDRESS_LIMIT_FACTOR', 1, (n) => n >= 0 && n <= 1000, 'a number from 0 to 1000'),
    operator: { name: (env.OPERATOR_NAME ?? '').trim(), email: (env.OPERATOR_EMAIL ?? '').trim(), phone: (env.OPERATOR_PHONE ?? '').trim() },
    operatorKey,
    metricsToken,
    redisRewriteAfterMs: 1000 * numberFrom(env, 'REDIS_REWRITE_AFTER_SECONDS', 10, (n) => n >= 0 && n <= 3600, 'a number of seconds from 0 to 3600')
  };
}

/** The participant link for a join code: PUBLIC_URL when set, else the origin the request came to. */
export function joinUrl(config: Pick<Config, 'publicUrl'>, code: string, requestOrigin: string): string {
  return `${config.publicUrl || requestOrigin}/w/${code}`;
}
