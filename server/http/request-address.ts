import type { Request } from 'express';
import type { Config } from '../config.js';
import { clientAddress } from '../edge/rate-limits.js';

/** The client's address for the per-address limits, as the socket edge reads it (TRUST_PROXY). */
export const requestAddress = (req: Request, config: Pick<Config, 'trustProxy'>): string =>
  clientAddress({ address: req.socket.remoteAddress ?? '', headers: req.headers }, config.trustProxy);
