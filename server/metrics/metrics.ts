import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { AUDIENCES, type Audience } from '../../src/lib/domain/views.js';

/** What the gauges read at scrape time: counted when asked, never kept up to date per event. */
export interface MetricsSources {
  /** Sockets connected to this process, by the audience they joined ('none': not joined yet). */
  socketsByAudience(): Record<Audience | 'none', number>;
  /** Workshops loaded in this process's memory. */
  workshopsLoaded(): number;
}

/**
 * The server's Prometheus metrics, in a registry of its own (several servers in one test
 * process must not share counters). Labels are only event names, outcome codes and
 * audiences: never a workshop id, a code, a name or a text.
 */
export class Metrics {
  readonly registry = new Registry();
  /** Set when /metrics is served: default process metrics and delta sizes only then. */
  readonly enabled: boolean;

  readonly #commands = new Counter({
    name: 'samrad_commands_total',
    help: 'Client events answered by the socket edge, by event and outcome (ok or the error code).',
    labelNames: ['event', 'outcome'] as const,
    registers: [this.registry]
  });
  readonly #append = new Histogram({
    name: 'samrad_log_append_seconds',
    help: 'Time from handing a command to the workshop log until it is durable.',
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry]
  });
  readonly #deltas = new Counter({
    name: 'samrad_deltas_sent_total',
    help: 'Deltas emitted to audience rooms (one per room and tick).',
    labelNames: ['audience'] as const,
    registers: [this.registry]
  });
  readonly #deltaBytes = new Counter({
    name: 'samrad_delta_bytes_total',
    help: 'JSON bytes of deltas sent to sockets of this process (delta size times the sockets in the room).',
    labelNames: ['audience'] as const,
    registers: [this.registry]
  });

  constructor(enabled: boolean) {
    this.enabled = enabled;
    if (enabled) collectDefaultMetrics({ register: this.registry });
  }

  /** Called once the sources exist (the io server and the hub are made after the metrics). */
  watch(sources: MetricsSources): void {
    new Gauge({
      name: 'samrad_sockets_connected',
      help: 'Sockets connected to this process, by audience (none: connected, not joined).',
      labelNames: ['audience'] as const,
      registers: [this.registry],
      collect() {
        for (const [audience, count] of Object.entries(sources.socketsByAudience())) this.set({ audience }, count);
      }
    });
    new Gauge({
      name: 'samrad_workshops_loaded',
      help: 'Workshops held in memory by this process.',
      registers: [this.registry],
      collect() {
        this.set(sources.workshopsLoaded());
      }
    });
  }

  /** `event` is a known client event name (the edge registers handlers only for those). */
  commandAnswered(event: string, ack: { ok: boolean; error?: string }): void {
    this.#commands.inc({ event, outcome: ack.ok ? 'ok' : (ack.error ?? 'error') });
  }

  appendTook(seconds: number): void {
    this.#append.observe(seconds);
  }

  deltaSent(audience: Audience, delta: object, sockets: number): void {
    this.#deltas.inc({ audience });
    // Measuring costs a serialisation per room and tick: only when someone reads the figures.
    if (this.enabled) this.#deltaBytes.inc({ audience }, Buffer.byteLength(JSON.stringify(delta)) * sockets);
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}

/** Counts this process's sockets by the audience they joined. */
export function countByAudience(audiences: Iterable<Audience | undefined>): Record<Audience | 'none', number> {
  const counts = Object.fromEntries([...AUDIENCES, 'none'].map((audience) => [audience, 0])) as Record<Audience | 'none', number>;
  for (const audience of audiences) counts[audience ?? 'none']++;
  return counts;
}
