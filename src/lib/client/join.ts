import { nanoid } from 'nanoid';
import type { ErrorCode } from '../domain/types.js';
import type { AudienceSnapshot, ParticipantSelf } from '../domain/views.js';
import type { Ack } from '../protocol/events.js';
import { request, type AppSocket } from './socket.js';
import { keys, readText, writeText } from './storage.js';

export interface Profile {
  name: string;
  association: string;
}

/**
 * Who this socket is. A participant's profile is only used the first time (no token yet);
 * `firstToken` is the token chosen for that first join, reused by every retry of it.
 */
export type JoinSpec =
  | { role: 'participant'; code: string; profile?: Profile; firstToken?: string }
  | { role: 'screen'; code: string }
  | { role: 'facilitator'; workshopId: string; key: string };

export type JoinResult =
  | { kind: 'joined'; snapshot: AudienceSnapshot; self?: ParticipantSelf; joinUrl?: string; workshopId?: string }
  | { kind: 'refused'; error: ErrorCode }
  | { kind: 'retry' };

/** Answers that will not change by asking again. */
const FINAL = new Set<ErrorCode>(['workshop_not_found', 'unauthorized', 'forbidden', 'invalid_payload']);

function failed(ack: Ack | null): JoinResult {
  return ack && !ack.ok && FINAL.has(ack.error) ? { kind: 'refused', error: ack.error } : { kind: 'retry' };
}

export const storedParticipantToken = (code: string) => readText(keys.participantToken(code));

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
        : { code: spec.code, token, name: spec.profile?.name || undefined, association: spec.profile?.association || undefined };
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
      return ack?.ok ? { kind: 'joined', snapshot: ack.snapshot, joinUrl: ack.joinUrl, workshopId: spec.workshopId } : failed(ack);
    }
  }
}
