/**
 * THE FLOOR: a bare Socket.IO relay with no domain, no validation, no log and no logging.
 * It speaks just the part of Samråd's protocol the bench uses, so the same clients send
 * it the same messages, and it follows the same audience rules with the same 100 ms tick:
 * - joins put the socket in its audience room and are acknowledged at once;
 * - posts are acknowledged and, batched per tick, sent to every room (phones need them to vote);
 * - votes are acknowledged and counted; changed tallies go, per tick, to projector and
 *   facilitator only;
 * - a phase change goes to every room; "results" sends the top tallies to the phones once;
 * - `setup:update` (the bench's facilitator switching live tallies on) goes to every room
 *   as the info; phones get every count of a live round then, the changed ones per tick
 *   while voting, and nothing more at its reveal (they have every count already).
 * What our server costs beyond this is the price of its domain, validation and log.
 */
import { createServer } from 'node:http';
import { Server, type Socket } from 'socket.io';

type Room = 'participant' | 'screen' | 'facilitator';
const ROOMS: Room[] = ['participant', 'screen', 'facilitator'];
type Reply = (ack: object) => void;

const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/api/workshops') {
    req.resume();
    res.writeHead(201, { 'content-type': 'application/json' });
    return void res.end(JSON.stringify({ workshopId: 'relay', code: 'RELAYX', key: 'relay-key-relay-key-relay-key-00', urls: {} }));
  }
  res.writeHead(404).end();
});
const io = new Server(server, { serveClient: false, maxHttpBufferSize: 16_000 });

const versions: Record<Room, number> = { participant: 0, screen: 0, facilitator: 0 };
const tallies = new Map<string, number>();
const roundOf = new Map<string, string>();
/** Rounds whose counts phones follow as they change (`liveTallies` in the last setup). */
let liveRounds = new Set<string>();
let setupChanged: { rounds?: Array<{ id: string; liveTallies?: boolean }> } | undefined;
const TOP_PER_TOPIC = 10;
let postSeq = 0;
let newPosts: Array<{ id: string; [field: string]: unknown }> = [];
const changedTallies = new Set<string>();
let phase: { roundId?: string; stage?: string } | undefined;
let phaseChanged = false;
let revealPending = false;

const snapshot = (room: Room) => ({ version: versions[room], info: { phase }, posts: [], tallies: {} });
const join = (socket: Socket, room: Room, reply: Reply, extra: object = {}) => {
  void socket.join(room);
  reply({ ok: true, ...extra, snapshot: snapshot(room) });
};

io.on('connection', (socket) => {
  socket.on('participant:join', (_payload: unknown, reply: Reply) => join(socket, 'participant', reply, { workshopId: 'relay', token: 'relay' }));
  socket.on('screen:join', (_payload: unknown, reply: Reply) => join(socket, 'screen', reply));
  socket.on('facilitator:join', (_payload: unknown, reply: Reply) => join(socket, 'facilitator', reply));
  socket.on('post:create', (payload: { roundId: string; topicIds: string[]; text: string }, reply: Reply) => {
    const id = `p${++postSeq}`;
    tallies.set(id, 0);
    roundOf.set(id, payload.roundId);
    newPosts.push({ id, roundId: payload.roundId, topicIds: payload.topicIds, text: payload.text, createdAt: Date.now() });
    reply({ ok: true, postId: id });
  });
  socket.on('vote:cast', (payload: { postId: string }, reply: Reply) => {
    tallies.set(payload.postId, (tallies.get(payload.postId) ?? 0) + 1);
    changedTallies.add(payload.postId);
    reply({ ok: true });
  });
  socket.on('setup:update', (payload: { setup: NonNullable<typeof setupChanged> }, reply: Reply) => {
    setupChanged = payload.setup;
    liveRounds = new Set((payload.setup.rounds ?? []).filter((r) => r.liveTallies).map((r) => r.id));
    reply({ ok: true });
  });
  socket.on('phase:set', (payload: { phase: { roundId?: string; stage?: string } }, reply: Reply) => {
    phase = payload.phase;
    phaseChanged = true;
    if (payload.phase.stage === 'results') revealPending = true;
    reply({ ok: true });
  });
});

/** One delta per room per tick, only when that room has something new. */
function tick(): void {
  const deltas: Record<Room, Record<string, unknown>> = { participant: {}, screen: {}, facilitator: {} };
  if (phaseChanged) for (const room of ROOMS) deltas[room].phase = phase;
  if (newPosts.length) for (const room of ROOMS) deltas[room].posts = newPosts;
  if (setupChanged) {
    for (const room of ROOMS) deltas[room].info = { ...setupChanged, phase };
    // Like ours: a setup change sends phones every round's counts again, whole.
    const roundTallies: Record<string, Record<string, number>> = {};
    for (const { id } of setupChanged.rounds ?? []) roundTallies[id] = liveRounds.has(id) ? roundCounts(id) : {};
    deltas.participant.roundTallies = roundTallies;
  }
  if (changedTallies.size) {
    const changed = Object.fromEntries([...changedTallies].map((id) => [id, tallies.get(id) ?? 0]));
    deltas.screen.tallies = deltas.facilitator.tallies = changed;
  }
  // Phones follow a live round's counts: changed ones, and a new post's 0 (as ours sends).
  if (liveRounds.size && (changedTallies.size || newPosts.length)) {
    const ids = [...changedTallies, ...newPosts.map((p) => p.id)];
    const live = ids.filter((id) => liveRounds.has(roundOf.get(id) ?? '')).map((id) => [id, tallies.get(id) ?? 0]);
    if (live.length) deltas.participant.tallies = Object.fromEntries(live);
  }
  // Same audience rule as ours: phones get the top posts at the reveal (all bench posts
  // share one principle, so that is the top 10 overall), unless they follow it live.
  // Only the revealed round's posts: the results of a round without posts (the bench's marker
  // that posting is through) reveal nothing, as in Samråd.
  const revealed = [...tallies].filter(([id]) => roundOf.get(id) === phase?.roundId);
  if (revealPending && revealed.length && !liveRounds.has(phase?.roundId ?? '')) deltas.participant.tallies = Object.fromEntries(revealed.sort((a, b) => b[1] - a[1]).slice(0, TOP_PER_TOPIC));
  for (const room of ROOMS) {
    if (Object.keys(deltas[room]).length === 0) continue;
    io.to(room).emit('workshop:changed', { from: versions[room], to: ++versions[room], ...deltas[room] });
  }
  newPosts = [];
  changedTallies.clear();
  revealPending = false;
  phaseChanged = false;
  setupChanged = undefined;
}

function roundCounts(roundId: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [id, round] of roundOf) if (round === roundId) counts[id] = tallies.get(id) ?? 0;
  return counts;
}
setInterval(tick, 100).unref();

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`Relay listening on http://127.0.0.1:${port}\n`);
});
process.on('SIGTERM', () => io.close(() => process.exit(0)));
