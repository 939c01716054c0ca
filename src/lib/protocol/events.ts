import type { Result } from '../domain/types.js';
import type { BrowsePage } from '../domain/browse.js';
import type { AudienceDelta } from '../domain/deltas.js';
import type { AudienceSnapshot, ParticipantSelf, WorkshopPreview } from '../domain/views.js';
import type { EdgeAckData } from './commands.js';
import type { ClientEventName, ClientPayload, SentCommandAck } from './schemas.js';

/** Every acknowledgement: success with its data, or a stable error code. */
export type Ack<T extends object = object> = Result<T>;
export type AckCallback<T extends object = object> = (ack: Ack<T>) => void;

/** What the session events acknowledge on success. */
interface SessionAckData {
  'participant:join': { workshopId: string; token: string; self: ParticipantSelf; snapshot: AudienceSnapshot };
  /** `joinUrl` is what the QR code encodes: PUBLIC_URL/w/CODE. */
  'screen:join': { snapshot: AudienceSnapshot; joinUrl: string };
  /** For the join card: the title, sectors and association suggestions, without joining. */
  'workshop:preview': { preview: WorkshopPreview };
  /** `retention.deleteAt`: when the workshop will be deleted (ms, server clock) unless it changes before; `days` of inactivity that takes. */
  'facilitator:join': { snapshot: AudienceSnapshot; joinUrl: string; retention: { deleteAt: number; days: number } };
  'sync:request': { snapshot: AudienceSnapshot; self?: ParticipantSelf };
  'posts:browse': BrowsePage;
}

/**
 * What each event acknowledges on success. A command's comes from what its apply answers in
 * the domain (e.g. `{ postId }` for a new post), so it cannot drift from what the server sends.
 */
export type AckData = SessionAckData & SentCommandAck & EdgeAckData;

/** The one event map: `new Server<ClientToServerEvents, ServerToClientEvents>()` and `io<…>()`. */
export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: ClientPayload<E>, ack: AckCallback<AckData[E]>) => void;
};

export interface ServerToClientEvents {
  /** One compact change for the receiver's audience room, at most ~10 times a second. */
  'workshop:changed': (delta: AudienceDelta) => void;
  /** The workshop was deleted (by its facilitator or by retention): everything in it is gone, and this socket has left its rooms. */
  'workshop:deleted': (notice: { workshopId: string }) => void;
  /**
   * The server could not apply one of the workshop's log entries (a fault in the server, not
   * in anything a client sent): this socket has left its rooms, and joins answer
   * `unavailable` until the server is fixed and restarted. Nothing acknowledged is lost.
   */
  'workshop:failed': (notice: { workshopId: string }) => void;
  /**
   * To every other console of the workshop when one rotated the key: this console's key no
   * longer works and it has left the facilitator room (its next command gets not_joined).
   */
  'facilitator:key-rotated': (notice: { workshopId: string }) => void;
}

/** POST /api/workshops response */
export interface CreatedWorkshop {
  workshopId: string;
  code: string;
  key: string;
  urls: { participant: string; screen: string; console: string };
}
