import { pino } from 'pino';

/**
 * Structured logs (JSON lines on stderr, via pino). Callers pass ids and codes only —
 * never post texts, names, contact details, keys or tokens — and the redaction below is a
 * second guard should one slip through.
 */
const base = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.SAMRAD_QUIET ? 'warn' : 'info'),
    base: undefined,
    redact: { paths: ['key', 'token', 'text', 'name', 'association', '*.key', '*.token', '*.text', '*.name', '*.association'], censor: '[redacted]' }
  },
  pino.destination({ fd: 2, sync: false })
);

type Fields = Record<string, unknown>;

export const logger = {
  info: (msg: string, fields?: Fields) => base.info(fields ?? {}, msg),
  warn: (msg: string, fields?: Fields) => base.warn(fields ?? {}, msg),
  error: (msg: string, fields?: Fields) => base.error(fields ?? {}, msg),
  /** Writes what is buffered; call before exiting. */
  flush: () => base.flush()
};
