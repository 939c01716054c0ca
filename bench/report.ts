/**
 * The human table: every figure of our server next to the floor (the bare relay), their
 * ratio, and the issue's target where there is one. Targets are written for 5,000
 * participants on one process; at other sizes they are shown for orientation.
 */
import type { PhaseCost } from './measure.js';
import type { ScenarioResult } from './scenario.js';

type Figure = (r: ScenarioResult) => number;
interface Row {
  label: string;
  figure: Figure;
  unit: string;
  /** Upper bound from the issue, if any. */
  target?: number;
  /** Also compare with the floor: the issue wants CPU and p99s within 2× of it. */
  withinFloor?: boolean;
  /** How to print it, when one number is not enough. */
  show?: (r: ScenarioResult) => string;
}

const cpu = (c: PhaseCost) => c.serverCpuSeconds + (c.redisCpuSeconds ?? 0);

/** Where the live-tallies rows go; a run without `--live-tallies` shows none of them. */
const LIVE = Symbol('live tallies');
const LIVE_ROWS: Array<Row | string> = [
  'LIVE TALLIES (every count goes to the phones while voting)',
  { label: 'switch-on delta per phone (info + counts)', figure: (r) => r.live?.switchReceived.bytes.mean ?? 0, unit: 'B' },
  { label: 'phones sampled for vote → phone', figure: (r) => r.live?.sampledPhones ?? 0, unit: '' },
  { label: 'vote → phone p50', figure: (r) => r.live?.toPhones.p50 ?? 0, unit: 'ms' },
  { label: 'vote → phone p95', figure: (r) => r.live?.toPhones.p95 ?? 0, unit: 'ms' },
  { label: 'vote → phone p99', figure: (r) => r.live?.toPhones.p99 ?? 0, unit: 'ms', withinFloor: true },
  { label: 'vote → phone max', figure: (r) => r.live?.toPhones.max ?? 0, unit: 'ms' },
  { label: 'counts never seen on sampled phones', figure: (r) => r.live?.notSeen ?? 0, unit: '' }
];

const ALL_ROWS: Array<Row | string | typeof LIVE> = [
  'JOIN STORM',
  { label: 'joined', figure: (r) => r.join.joined, unit: '' },
  { label: 'joins/s (first connect → last ack)', figure: (r) => r.join.joinsPerSecond, unit: '/s' },
  { label: 'all joined within', figure: (r) => r.join.seconds, unit: 's', target: 60 },
  { label: 'join ack p50', figure: (r) => r.join.ack.p50, unit: 'ms' },
  { label: 'join ack p95', figure: (r) => r.join.ack.p95, unit: 'ms' },
  { label: 'join ack p99', figure: (r) => r.join.ack.p99, unit: 'ms', target: 500, withinFloor: true },
  { label: 'server CPU (join)', figure: (r) => cpu(r.join.cost), unit: 's', withinFloor: true },
  { label: 'event-loop delay p99 (join)', figure: (r) => r.join.cost.eldP99, unit: 'ms' },
  { label: 'heap per participant', figure: (r) => r.heap.kbPerParticipant, unit: 'KB', target: 16 },
  'SAMTAL 2: PHASE CHANGE + POSTING (each phone posts once)',
  { label: 'phase-change delta per phone', figure: (r) => r.phaseChange.bytes.mean, unit: 'B' },
  { label: 'post ack p99', figure: (r) => r.collect.ack.p99, unit: 'ms', withinFloor: true },
  { label: 'received per phone while posting', figure: (r) => r.collect.received.bytes.mean, unit: 'B' },
  { label: 'frames per phone while posting', figure: (r) => r.collect.received.frames.mean, unit: '' },
  { label: 'server CPU (posting)', figure: (r) => cpu(r.collect.cost), unit: 's', withinFloor: true },
  { label: 'event-loop delay p99 (posting)', figure: (r) => r.collect.cost.eldP99, unit: 'ms' },
  { label: 'event-loop utilisation (posting)', figure: (r) => r.collect.cost.elu, unit: '' },
  'VOTING BURST',
  { label: 'change to voting, per phone', figure: (r) => r.votingChange.bytes.mean, unit: 'B' },
  { label: 'votes acknowledged', figure: (r) => r.vote.ack.count, unit: '' },
  { label: 'vote ack p50', figure: (r) => r.vote.ack.p50, unit: 'ms' },
  { label: 'vote ack p95', figure: (r) => r.vote.ack.p95, unit: 'ms' },
  { label: 'vote ack p99', figure: (r) => r.vote.ack.p99, unit: 'ms', target: 100, withinFloor: true },
  { label: 'vote → projector p50', figure: (r) => r.vote.toProjector.p50, unit: 'ms' },
  { label: 'vote → projector p95', figure: (r) => r.vote.toProjector.p95, unit: 'ms' },
  { label: 'vote → projector p99', figure: (r) => r.vote.toProjector.p99, unit: 'ms', target: 250, withinFloor: true },
  { label: 'received per phone in burst (mean)', figure: (r) => r.vote.received.bytes.mean, unit: 'B' },
  { label: 'received per phone in burst (max)', figure: (r) => r.vote.received.bytes.max, unit: 'B', target: 2048 },
  { label: 'frames per phone in burst (mean)', figure: (r) => r.vote.received.frames.mean, unit: '' },
  { label: 'event-loop delay p99 (burst)', figure: (r) => r.vote.cost.eldP99, unit: 'ms', target: 50, withinFloor: true },
  { label: 'event-loop delay max (burst)', figure: (r) => r.vote.cost.eldMax, unit: 'ms' },
  { label: 'server CPU (burst)', figure: (r) => cpu(r.vote.cost), unit: 's', withinFloor: true },
  { label: '  of which system (syscalls)', figure: (r) => r.vote.cost.serverSystemSeconds, unit: 's' },
  { label: 'event-loop utilisation (burst)', figure: (r) => r.vote.cost.elu, unit: '' },
  { label: 'group commits (fdatasync) in burst', figure: (r) => r.vote.cost.fsyncs, unit: '' },
  {
    label: 'fdatasync p50 / p99 / max (burst)',
    figure: (r) => r.vote.cost.fsyncP99,
    unit: 'ms',
    show: (r) => `${fmt(r.vote.cost.fsyncP50)}/${fmt(r.vote.cost.fsyncP99)}/${fmt(r.vote.cost.fsyncMax)}`
  },
  LIVE,
  'REVEAL (phase:set results ack → phone has the tallies)',
  { label: 'reveal to first phone', figure: (r) => r.reveal.toPhones.min, unit: 'ms' },
  { label: 'reveal to phones p50', figure: (r) => r.reveal.toPhones.p50, unit: 'ms' },
  { label: 'reveal to phones p99', figure: (r) => r.reveal.toPhones.p99, unit: 'ms', target: 1000, withinFloor: true },
  { label: 'reveal to last phone (max)', figure: (r) => r.reveal.toPhones.max, unit: 'ms' },
  { label: 'reveal delta per phone', figure: (r) => r.reveal.frameBytes.mean, unit: 'B' },
  { label: 'server CPU (reveal)', figure: (r) => cpu(r.reveal.cost), unit: 's', withinFloor: true },
  { label: 'event-loop delay max (reveal)', figure: (r) => r.reveal.cost.eldMax, unit: 'ms' },
  'LOAD GENERATOR (phones in worker threads, projector in the main thread)',
  {
    label: 'bench CPU join/posting/burst/reveal',
    figure: (r) => r.vote.cost.benchCpuSeconds,
    unit: 's',
    show: (r) => [r.join, r.collect, r.vote, r.reveal].map((p) => fmt(p.cost.benchCpuSeconds)).join('/')
  },
  { label: 'bench main-thread event-loop delay p99 (burst)', figure: (r) => r.vote.cost.benchEldP99, unit: 'ms' },
  {
    label: 'other jobs CPU join/posting/burst/reveal',
    figure: (r) => r.vote.cost.otherCpuSeconds,
    unit: 's',
    show: (r) => [r.join, r.collect, r.vote, r.reveal].map((p) => fmt(p.cost.otherCpuSeconds)).join('/')
  }
];

export interface Verdict {
  label: string;
  ours: number;
  floor?: number;
  ratio?: number;
  target?: number;
  meetsTarget?: boolean;
  withinTwiceFloor?: boolean;
}

const fmt = (x: number | undefined) => (x === undefined ? '' : Number.isInteger(x) ? String(x) : x.toFixed(x < 10 ? 2 : 1));

/** The rows for this run: the live-tallies rows only when it had live tallies. */
const rowsFor = (ours: ScenarioResult): Array<Row | string> => ALL_ROWS.flatMap((row) => (row === LIVE ? (ours.live ? LIVE_ROWS : []) : [row]));

export function verdicts(ours: ScenarioResult, floor?: ScenarioResult): Verdict[] {
  return rowsFor(ours).filter((r): r is Row => typeof r !== 'string').map((row) => {
    const o = row.figure(ours);
    const f = floor ? row.figure(floor) : undefined;
    const v: Verdict = { label: row.label, ours: o };
    if (f !== undefined) {
      v.floor = f;
      if (f > 0) v.ratio = Math.round((o / f) * 100) / 100;
      if (row.withinFloor) v.withinTwiceFloor = o <= 2 * f;
    }
    if (row.target !== undefined) (v.target = row.target), (v.meetsTarget = o <= row.target);
    return v;
  });
}

export function table(ours: ScenarioResult, floor?: ScenarioResult): string {
  const all = verdicts(ours, floor);
  const lines: string[] = [];
  const head = ['', 'Samråd', 'floor', 'ratio', 'target', ''];
  const widths = [46, 19, 19, 7, 9, 14];
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' ');
  lines.push(line(head));
  let i = 0;
  for (const row of rowsFor(ours)) {
    if (typeof row === 'string') {
      lines.push(`— ${row}`);
      continue;
    }
    const v = all[i++]!;
    const label = `${v.label}${row.unit ? ` (${row.unit})` : ''}`;
    const ours_ = row.show ? row.show(ours) : fmt(v.ours);
    const fl = row.show ? (floor ? row.show(floor) : '') : fmt(v.floor);
    const mark = [v.meetsTarget === false ? 'MISSED' : v.meetsTarget ? 'met' : '', v.withinTwiceFloor === false ? '>2×floor' : ''].filter(Boolean).join(' ');
    lines.push(line([label, ours_, fl, row.show ? '' : fmt(v.ratio), fmt(v.target), mark]));
  }
  return lines.join('\n');
}
