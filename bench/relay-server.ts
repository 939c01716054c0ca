/**
 * THE FLOOR: a bare Socket.IO relay with no domain, no validation, no log and no logging.
 * It speaks just the part of Samråd's protocol the bench uses, so the same clients send
 * it the same messages, and it follows the same audience rules with the same 100 ms tick:
 * - joins put the socket in its audience room and are acknowledged at once;
 * - posts are acknowledged and, batched per tick, sent to every room (phones need them to vote);
 * - votes are acknowledged and counted; changed tallies go, per tick, to projector and
 *   facilitator only;
 * - a phase change goes to every room; "results" sends every tally to the phones once.
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
const TOP_PER_TOPIC = 10;
let postSeq = 0;
let newPosts: object[] = [];
const changedTallies = new Set<string>();
let phase: object | undefined;
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
    newPosts.push({ id, roundId: payload.roundId, topicIds: payload.topicIds, text: payload.text, createdAt: Date.now() });
    reply({ ok: true, postId: id });
  });
  socket.on('vote:cast', (payload: { postId: string }, reply: Reply) => {
    tallies.set(payload.postId, (tallies.get(payload.postId) ?? 0) + 1);
    changedTallies.add(payload.postId);
    reply({ ok: true });
  });
  socket.on('phase:set', (payload: { phase: { stage?: string } }, reply: Reply) => {
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
  if (changedTallies.size) {
    const changed = Object.fromEntries([...changedTallies].map((id) => [id, tallies.get(id) ?? 0]));
    deltas.screen.tallies = deltas.facilitator.tallies = changed;
  }
  // Same audience rule as ours: phones get the top posts at the reveal (all bench posts
  // share one principle, so that is the top 10 overall).
  if (revealPending) deltas.participant.tallies = Object.fromEntries([...tallies].sort((a, b) => b[1] - a[1]).slice(0, TOP_PER_TOPIC));
  for (const room of ROOMS) {
    if (Object.keys(deltas[room]).length === 0) continue;
    io.to(room).emit('workshop:changed', { from: versions[room], to: ++versions[room], ...deltas[room] });
  }
  newPosts = [];
  changedTallies.clear();
  revealPending = false;
  phaseChanged = false;
}
setInterval(tick, 100).unref();

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`Relay listening on http://127.0.0.1:${port}\n`);
});
process.on('SIGTERM', () => io.close(() => process.exit(0)));
