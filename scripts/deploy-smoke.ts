/**
 * Checks a deployment from outside, as a phone would reach it:
 *   npx tsx scripts/deploy-smoke.ts https://samrad.example.se
 * Creates a workshop, loads its join page and a hashed asset, connects a socket with the
 * browser's transports (HTTP long-polling first, then the WebSocket upgrade), joins as a
 * participant, posts, and deletes the workshop again. Exits 1 at the first failure.
 * A self-signed test certificate: NODE_EXTRA_CA_CERTS=cert.pem.
 */
import { io } from 'socket.io-client';
import type { ClientToServerEvents, CreatedWorkshop, ServerToClientEvents } from '../src/lib/protocol/events.js';
import type { Socket } from 'socket.io-client';

const base = (process.argv[2] ?? '').replace(/\/+$/, '');
if (!/^https?:\/\/[^/]+$/.test(base)) {
  console.error('usage: tsx scripts/deploy-smoke.ts https://samrad.example.se');
  process.exit(2);
}

function check(ok: unknown, what: string): void {
  if (!ok) throw new Error(`failed: ${what}`);
  console.log(`ok   ${what}`);
}

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
const ask = (socket: Client, event: string, payload: object): Promise<{ ok: boolean; [key: string]: unknown }> =>
  (socket.timeout(10_000) as unknown as { emitWithAck(e: string, p: object): Promise<{ ok: boolean }> }).emitWithAck(event, payload);

/** Connects with the browser's transports; `opened` is the transport the connection opened
 *  with, noted as it opens: the upgrade to WebSocket may be done before 'connect' is handled. */
function connect(): Promise<{ socket: Client; opened: string }> {
  const socket: Client = io(base, { reconnection: false });
  let opened = '';
  socket.io.once('open', () => (opened = socket.io.engine.transport.name));
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve({ socket, opened }));
    socket.once('connect_error', reject);
  });
}

async function main(): Promise<void> {
  const health = await fetch(`${base}/healthz`);
  check(health.status === 200, 'GET /healthz');
  const response = await fetch(`${base}/api/workshops`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ templateId: 'lokal-overenskommelse' }) });
  check(response.status === 201, 'POST /api/workshops');
  const created = (await response.json()) as CreatedWorkshop;
  // PUBLIC_URL decides this link; when checking through another address it differs, and says so.
  console.log(`note the participant link (the QR code): ${created.urls.participant}`);

  const page = await fetch(`${base}/w/${created.code}`);
  const html = await page.text();
  check(page.status === 200 && html.includes('/_app/immutable/'), `GET /w/${created.code} (join page)`);
  const asset = /\/_app\/immutable\/[^"']+\.js/.exec(html)?.[0];
  const cached = asset ? await fetch(`${base}${asset}`) : undefined;
  check(cached?.status === 200 && cached.headers.get('cache-control')?.includes('immutable'), `GET ${asset} (cached as immutable)`);

  const { socket: phone, opened } = await connect();
  check(opened === 'polling', 'socket connected over HTTP long-polling');
  await new Promise<void>((resolve, reject) => {
    if (phone.io.engine.transport.name === 'websocket') return resolve();
    phone.io.engine.once('upgrade', () => resolve());
    setTimeout(() => reject(new Error('failed: no upgrade to WebSocket within 10 s')), 10_000).unref();
  });
  check(phone.io.engine.transport.name === 'websocket', 'socket upgraded to WebSocket');
  const { socket: facilitator } = await connect();
  check((await ask(facilitator, 'facilitator:join', { workshopId: created.workshopId, key: created.key })).ok, 'facilitator:join');
  check((await ask(facilitator, 'phase:set', { commandId: 'smoke-phase', phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } })).ok, 'phase:set');
  check((await ask(phone, 'participant:join', { code: created.code })).ok, 'participant:join');
  check((await ask(phone, 'post:create', { commandId: 'smoke-post', roundId: 'samtal-1', topicIds: ['dialog'], text: 'Röktest' })).ok, 'post:create');
  check((await ask(facilitator, 'workshop:delete', { commandId: 'smoke-delete', confirm: true })).ok, 'workshop:delete (the test workshop is gone)');
  phone.disconnect();
  facilitator.disconnect();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
