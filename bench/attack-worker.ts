/**
 * One attack of bench/attack.ts, in its own thread so its work does not slow the bench's
 * projector and facilitator. It comes from another loopback address than the phones
 * (127.0.0.2: Linux routes all of 127.0.0.0/8 to the loopback device), so the server's
 * per-address limits treat it as the stranger it is. Each attack runs until 'stop', with a
 * bounded number of requests in flight, and counts how it was answered.
 * Messages in: 'stop'; out: { started } once set up, then { result: AttackResult }.
 */
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { io, type Socket } from 'socket.io-client';
import { alikeMeeting, bigWorkshop, forgedImport } from './attack-forged.js';
import type { AttackName, AttackResult, AttackSetup } from './attack-types.js';

const { attack, url, code, from, posts, seriesPosts } = workerData as AttackSetup;
const port = parentPort!;
let outcomes: Record<string, number> = {};
let sent = 0;
let stopped = false;
const count = (outcome: string) => (outcomes[outcome] = (outcomes[outcome] ?? 0) + 1);
const agent = new Agent({ keepAlive: true, maxSockets: 50, localAddress: from });
const sockets: Socket[] = [];

/** A socket from the attacker's address; resolves once connected, or undefined if refused. */
function connect(): Promise<Socket | undefined> {
  const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, agent: new Agent({ localAddress: from }) as never });
  sockets.push(socket);
  return new Promise((resolve) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', () => (count('refused'), resolve(undefined)));
  });
}

const emit = (socket: Socket, event: string, payload: unknown) =>
  new Promise<void>((resolve) => {
    sent++;
    socket.timeout(10_000).emit(event, payload, (error: Error | null, ack?: { ok: boolean; error?: string }) => {
      count(error ? 'timeout' : ack?.ok ? 'ok' : String(ack?.error));
      resolve();
    });
  });

/** One HTTP request from the attacker's address, counted by its status; resolves with the body. */
function http(method: 'GET' | 'POST', path: string, { host, body, key }: { host?: string; body?: string; key?: string } = {}): Promise<string> {
  sent++;
  const headers: Record<string, string> = { ...(host ? { host } : {}), ...(body ? { 'content-type': 'application/json' } : {}), ...(key ? { authorization: `Bearer ${key}` } : {}) };
  return new Promise((resolve) => {
    const req = request(`${url}${path}`, { method, agent, headers }, (res) => {
      count(String(res.statusCode));
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve(Buffer.concat(chunks).toString()));
    });
    // A server that refuses before reading a whole upload may close it: counted, not fatal.
    req.on('error', () => (count('error'), resolve('')));
    req.end(body);
  });
}

const get = (path: string, host?: string) => http('GET', path, { host }).then(() => undefined);

/** Imports a forged file (during the setup: not counted as the attack's requests). */
async function imported(body: string): Promise<{ workshopId: string; key: string }> {
  const answer = JSON.parse(await http('POST', '/api/import', { body })) as { workshopId?: string; key?: string; error?: string };
  if (!answer.workshopId || !answer.key) throw new Error(`the attack's import was refused: ${answer.error}`);
  return { workshopId: answer.workshopId, key: answer.key };
}

/** A facilitator socket of an imported workshop: each call changes it (a new version, so nothing built is reused). */
async function changer(workshop: { workshopId: string; key: string }): Promise<() => Promise<void>> {
  const socket = await connect();
  if (!socket) throw new Error('the attacker could not connect');
  await emit(socket, 'facilitator:join', workshop);
  const views = ['lobby', 'ranking'] as const;
  return async () => emit(socket, 'screen:mode', { commandId: `m${sent}`, mode: { view: views[sent % 2]! } });
}

/** Runs `step` from `lanes` loops at once until stopped. */
async function lanes(n: number, step: (lane: number, i: number) => Promise<void>): Promise<void> {
  await Promise.all(
    Array.from({ length: n }, async (_, lane) => {
      for (let i = 0; !stopped; i++) await step(lane, i);
    })
  );
}

const randomCode = () => Array.from({ length: 6 }, () => 'ACDEFGHJKLMNPQRTUVWXY3479'[Math.floor(Math.random() * 25)]).join('');

/** Each attack: set up, then a loop that runs until stopped. */
const attacks: Record<AttackName, () => Promise<() => Promise<void>>> = {
  // 100 projector sockets asking for the whole snapshot again and again.
  snapshots: async () => {
    const screens = (await Promise.all(Array.from({ length: 100 }, connect))).filter((s): s is Socket => !!s);
    await Promise.all(screens.map((s) => emit(s, 'screen:join', { code })));
    return () => lanes(screens.length, (lane) => emit(screens[lane]!, 'sync:request', {}));
  },
  // Guessing join codes through the QR code, the published page and the socket.
  'code-guessing': async () => {
    const socket = await connect();
    return () =>
      lanes(20, (lane, i) =>
        lane === 0 && socket
          ? emit(socket, 'workshop:preview', { code: randomCode() })
          : get(`/api/codes/${randomCode()}/${i % 2 ? 'qr.svg' : 'outcome'}`)
      );
  },
  // The real code's QR image, asked for under ever new Host names (no PUBLIC_URL).
  'qr-hosts': async () => () => lanes(20, (lane, i) => get(`/api/codes/${code}/qr.svg`, `h${lane}-${i}.example.org`)),
  // Joined participants sending what the workshop refuses, as fast as they are answered.
  'refused-commands': async () => {
    const people = (await Promise.all(Array.from({ length: 30 }, connect))).filter((s): s is Socket => !!s);
    await Promise.all(people.map((s) => emit(s, 'participant:join', { code, name: 'Angripare', association: 'Okänd' })));
    return () =>
      lanes(people.length, (lane, i) =>
        emit(people[lane]!, i % 2 ? 'post:create' : 'vote:cast', i % 2 ? { commandId: `a${lane}-${i}`, roundId: 'samtal-1', topicIds: ['dialog'], text: 'Stängt' } : { commandId: `a${lane}-${i}`, postId: 'p_missing' })
      );
  },
  // Forged export.json files posted again and again: one the import accepts (n posts, n
  // withdrawals) and one over the caps.
  imports: async () => {
    const accepted = forgedImport(posts);
    const tooBig = forgedImport(10_001);
    return () => lanes(2, (lane) => http('POST', '/api/import', { body: lane ? tooBig : accepted }).then(() => undefined));
  },
  // A big workshop of the attacker's own, changed before every download so no file is reused.
  exports: async () => {
    const workshop = await imported(bigWorkshop(posts));
    const change = await changer(workshop);
    const path = (i: number) => `/api/workshops/${workshop.workshopId}/export.${i % 2 ? 'xlsx' : 'json'}`;
    return () => lanes(4, async (_lane, i) => (await change(), void (await http('GET', path(i), { key: workshop.key }))));
  },
  // A series over a meeting of n near-identical posts, changed before every read.
  'series-reads': async () => {
    const workshop = await imported(alikeMeeting(seriesPosts));
    const series = JSON.parse(await http('POST', '/api/series', { body: JSON.stringify({ title: 'Angrepp' }) })) as { id: string; key: string };
    await http('POST', `/api/series/${series.id}/workshops`, { body: JSON.stringify({ workshopId: workshop.workshopId, workshopKey: workshop.key }), key: series.key });
    const change = await changer(workshop);
    return () => lanes(4, async () => (await change(), void (await http('GET', `/api/series/${series.id}`, { key: series.key }))));
  },
  // Opening sockets until the server refuses, and keeping them open.
  sockets: async () => () =>
    lanes(10, async () => {
      const socket = await connect();
      if (socket) count('open');
      else await new Promise((resolve) => setTimeout(resolve, 50));
    })
};

const run = await attacks[attack]();
// Only what the attack sends from now on is counted, not its setup.
sent = 0;
outcomes = {};
port.postMessage({ started: true });
const running = run();
port.on('message', async (message) => {
  if (message !== 'stop') return;
  stopped = true;
  await Promise.race([running, new Promise((resolve) => setTimeout(resolve, 12_000))]);
  for (const socket of sockets) socket.close();
  agent.destroy();
  port.postMessage({ result: { sent, outcomes } satisfies AttackResult });
});
