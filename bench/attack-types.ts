/** What bench/attack.ts and its worker (bench/attack-worker.ts) agree on. */
export const ATTACKS = ['snapshots', 'code-guessing', 'qr-hosts', 'refused-commands', 'sockets', 'imports', 'exports', 'series-reads'] as const;
export type AttackName = (typeof ATTACKS)[number];

export interface AttackSetup {
  attack: AttackName;
  url: string;
  code: string;
  /** The attacker's own address (another loopback address than the phones'). */
  from: string;
  /** Posts in the forged workshops of the imports and exports attacks. */
  posts: number;
  /** Near-identical posts in the meeting the series-reads attack reads. */
  seriesPosts: number;
}

export interface AttackResult {
  sent: number;
  /** Answers by outcome: 'ok', an error code, an HTTP status, or 'refused' for a socket not let in. */
  outcomes: Record<string, number>;
}
