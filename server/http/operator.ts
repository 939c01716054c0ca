import express, { type NextFunction, type Request, type Response } from 'express';
import { nanoid } from 'nanoid';
import type { AccessibilityReport, OperatorInfo } from '../../src/lib/protocol/accessibility-report.js';
import type { Config } from '../config.js';
import { clientAddress } from '../edge/rate-limits.js';
import { parsePayload } from '../edge/validate.js';
import { accessibilityReportSchema } from '../feedback/report-schema.js';
import type { AccessibilityReportStore } from '../feedback/report-store.js';
import { logger } from '../logger.js';
import { hashSecret, secretMatches } from '../secrets.js';
import { bearerKey } from './bearer.js';

/** GET /api/accessibility-reports answers with this. */
export interface ReportList {
  reports: AccessibilityReport[];
}

/**
 * The operator's side of the accessibility statement: who runs this server (GET /operator),
 * the "report a problem" form (POST /accessibility-reports) and the operator's list of
 * reports (GET /accessibility-reports, with OPERATOR_KEY as a Bearer key). Mounted before
 * the main API router, so it answers only its own paths and lets the rest through.
 */
export function operatorRouter(config: Config, reports: AccessibilityReportStore): express.Router {
  const router = express.Router();
  // Hashed once: compared in constant time like the facilitator keys.
  const keyHash = config.operatorKey ? hashSecret(config.operatorKey) : '';

  router.get('/operator', (_req, res) => {
    const { name, email, phone } = config.operator;
    const body: OperatorInfo = { name: name || null, email: email || null, phone: phone || null };
    res.json(body);
  });

  router.post('/accessibility-reports', express.json({ limit: '32kb' }), async (req, res, next) => {
    try {
      const address = clientAddress({ address: req.socket.remoteAddress ?? '', headers: req.headers }, config.trustProxy);
      if (!(await reports.admit(address))) return void res.status(429).json({ error: 'rate_limited' });
      const parsed = parsePayload(accessibilityReportSchema, req.body);
      if (!parsed.ok) return void res.status(400).json({ error: parsed.error });
      const { kind, what, where, name, contact, consent, language } = parsed.data;
      const report: AccessibilityReport = {
        id: nanoid(12),
        receivedAt: Date.now(),
        kind,
        what,
        where: where || null,
        // Kept only with consent (the schema refuses them without it).
        name: consent ? name || null : null,
        contact: consent ? contact || null : null,
        language: language ?? 'sv'
      };
      await reports.add(report);
      // Never the texts: they may describe the reporter.
      logger.info('accessibility_report_received', { kind });
      res.status(201).json({ id: report.id });
    } catch (error) {
      next(error);
    }
  });

  router.get('/accessibility-reports', async (req, res, next) => {
    try {
      res.set('Cache-Control', 'no-store');
      if (!keyHash) return void res.status(404).json({ error: 'listing_disabled' });
      const presented = bearerKey(req, /^\S+$/) ?? '';
      if (!presented || !secretMatches(presented, keyHash)) return void res.status(401).json({ error: 'unauthorized' });
      const body: ReportList = { reports: await reports.list() };
      res.json(body);
    } catch (error) {
      next(error);
    }
  });

  // Malformed JSON or a body too big on the routes above: a JSON error, never a stack.
  router.use((error: { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error('http_error', { error: String(error) });
    res.status(status).json({ error: status === 413 ? 'payload_too_large' : status === 500 ? 'internal' : 'invalid_payload' });
  });
  return router;
}
