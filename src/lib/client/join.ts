import { nanoid } from 'nanoid';
import type { ErrorCode } from '../domain/types.js';
import type { AudienceSnapshot, ParticipantSelf, WorkshopPreview } from '../domain/views.js';
import type { Ack } from '../protocol/events.js';
import { openSocket, request, type AppSocket } from './socket.js';
import { keys, readText, writeText } from './storage.js';

/** What a participant may tell about themself; everything is optional. */
export interface Profile {
  name: string;
  association: string;
  /** A sector id from the setup, or ''. */
  sector?: string;
  table?: number | null;
  /** Agreed that the projector may show their name. */
  showName?: boolean;
}

/**
 * Who this socket is. A participant's profile is only used the first time (no token yet);
 * `firstToken` is the token chosen for that first join, reused by every retry of it.
 */
export type JoinSpec =
  | { role: 'participant'; code: string; profile?: Profile; firstToken?: string }
  | { role: 'screen'; code: string }
  | { role: 'facilitator'; workshopId: string; key: string };

/** When a workshop will be deleted (ms, server clock) unless it changes before, and after how many days without change. */
export interface Retention {
  deleteAt: number;
  days: number;
}

export type JoinResult =
  | { kind: 'joined'; snapshot: AudienceSnapshot; self?: ParticipantSelf; joinUrl?: string; workshopId?: string; retention?: Retention }
  | { kind: 'refused'; error: ErrorCode }
  | { kind: 'retry' };

/** Answers that will not change by asking again. */
const FINAL = new Set<ErrorCode>(['workshop_not_found', 'unauthorized', 'forbidden', 'invalid_payload', 'joins_closed']);

function failed(ack: Ack | null): JoinResult {
  return ack && !ack.ok && FINAL.has(ack.error) ? { kind: 'refused', error: ack.error } : { kind: 'retry' };
}

export const storedParticipantToken = (code: string) => readText(keys.participantToken(code));

/**
 * Forgets everything this device keeps for a participant of one workshop (its token and
 * unsent commands), after they deleted their data or the workshop was deleted. The
 * profile is never stored on the device: it lives only on the server.
 */
export function forgetParticipant(code: string): void {
  writeText(keys.participantToken(code), null);
  writeText(keys.queue('participant', code), null);
}

/**
 * Joins (or re-joins after a reconnect). A returning participant sends its stored token
 * and is recognised as the same person, with the same posts and votes.
 */
export async function joinWorkshop(socket: AppSocket, spec: JoinSpec): Promise<JoinResult> {
  switch (spec.role) {
    case 'participant': {
      const stored = storedParticipantToken(spec.code) ?? undefined;
      // A first join chooses its token here, so a retry after a lost acknowledgement is the
      // same participant, not a second one.
      const token = stored ?? (spec.firstToken ??= nanoid(32));
      const payload = stored
        ? { code: spec.code, token }
        : {
            code: spec.code,
            token,
            name: spec.profile?.name || undefined,
            association: spec.profile?.association || undefined,
            sector: spec.profile?.sector || undefined,
            table: spec.profile?.table ?? undefined,
            showName: spec.profile?.showName || undefined
          };
      const ack = await request(socket, 'participant:join', payload);
      if (ack?.ok) {
        writeText(keys.participantToken(spec.code), ack.token);
        return { kind: 'joined', snapshot: ack.snapshot, self: ack.self, workshopId: ack.workshopId };
      }
      // A token the server does not know (e.g. its data was reset): forget it, so the
      // page offers to join afresh instead of failing forever.
      if (ack && !ack.ok && stored && ack.error === 'unauthorized') writeText(keys.participantToken(spec.code), null);
      return failed(ack);
    }
    case 'screen': {
      const ack = await request(socket, 'screen:join', { code: spec.code });
      return ack?.ok ? { kind: 'joined', snapshot: ack.snapshot, joinUrl: ack.joinUrl } : failed(ack);
    }
    case 'facilitator': {
      const ack = await request(socket, 'facilitator:join', { workshopId: spec.workshopId, key: spec.key });
      return ack?.ok ? { kind: 'joined', snapshot: ack.snapshot, joinUrl: ack.joinUrl, workshopId: spec.workshopId, retention: ack.retention } : failed(ack);
    }
  }
}

export type PreviewResult = ({ kind: 'found' } & WorkshopPreview) | { kind: 'refused'; error: ErrorCode } | { kind: 'retry' };

/**
 * What a join card offers before anyone has joined (the sectors, whether names may go on
 * the projector, the associations given so far), asked for on a short-lived socket: looking
 * does not make anybody a participant, and it carries no posts.
 */
export async function previewWorkshop(code: string): Promise<PreviewResult> {
  const socket = openSocket();
  socket.connect();
  try {
    const ack = await request(socket, 'workshop:preview', { code });
    if (ack?.ok) return { kind: 'found', ...ack.preview };
    const refusal = failed(ack);
    return refusal.kind === 'refused' ? refusal : { kind: 'retry' };
  } finally {
    socket.disconnect();
  }
}
