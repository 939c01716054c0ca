import { createHash } from 'node:crypto';
import { execute } from '../../src/lib/domain/execute.js';
import { associationKey } from '../../src/lib/domain/commands/participation.js';
import { serializeState } from '../../src/lib/domain/serialize.js';
import type { Command, LogEntry, WorkshopState } from '../../src/lib/domain/types.js';
import { createWorkshopState, isCreateEntry } from '../../src/lib/domain/workshop.js';
import { canonicalJson } from '../../src/lib/protocol/stored-fields.js';

/**
 * The exported copy of a workshop's log: the same entries, so that replaying them gives
 * the same workshop, but with nothing in it that opens the original or reveals what a
 * participant asked to have deleted:
 * - the workshop id, join code and every facilitator key hash become placeholders;
 * - every participant token hash becomes a numbered placeholder, which no token hashes
 *   to (a token's hash is 64 hex digits), so nobody can sign in as an exported participant;
 * - working-group sign-ups keep their time but lose name and contact (they are only in
 *   signups.csv);
 * - a participant who erased their data keeps no name, association, comment or words
 *   (their posts' texts become a marker), as in the live workshop.
 * Everything else is untouched: failed commands, times, ids, votes.
 */
export const EXPORTED_WORKSHOP_ID = 'exported';
export const EXPORTED_CODE = 'EXPORT';
export const REMOVED_KEY = 'removed-on-export';
export const TOKEN_PLACEHOLDER = /^removed-on-export-\d{1,7}$/;

export interface CopyMarkers {
  /** Stands for a sign-up's name and contact. */
  contact: string;
  /** Stands for the words of a post its erased author had removed. */
  erasedText: string;
}

export interface Recording {
  state: WorkshopState;
  /** Seqs of the entries the domain accepted. */
  succeeded: Set<number>;
  /** Applies the next entry (a copy of it: the entries stay untouched); throws when it is out of place. */
  apply(entry: LogEntry): void;
}

/** A fresh replay from a log's first entry, entry by entry (an import checks one in slices). */
export function startRecording(first: LogEntry): Recording {
  if (!isCreateEntry(first)) throw new Error('A workshop log must start with workshop:create');
  const state = createWorkshopState(structuredClone(first));
  const succeeded = new Set<number>([first.seq]);
  return {
    state,
    succeeded,
    apply(entry) {
      if (entry.command.type === 'workshop:create') throw new Error('A second workshop:create');
      if (entry.seq !== state.seq + 1) throw new Error(`Entry ${entry.seq} out of order`);
      if (execute(state, structuredClone(entry)).outcome.ok) succeeded.add(entry.seq);
    }
  };
}

/** Replays entries from the first, recording which succeeded; the state is fresh, the entries untouched. */
export function replayRecording(entries: readonly LogEntry[]): { state: WorkshopState; succeeded: Set<number> } {
  const [first, ...rest] = entries;
  if (!first) throw new Error('A workshop log must start with workshop:create');
  const recording = startRecording(first);
  for (const entry of rest) recording.apply(entry);
  return { state: recording.state, succeeded: recording.succeeded };
}

/** The copy, and the original's state (replayed here anyway) for comparing. */
export function copyLog(entries: readonly LogEntry[], markers: CopyMarkers): { copy: LogEntry[]; original: WorkshopState } {
  const { state: final, succeeded } = replayRecording(entries);
  const erased = new Set<string>();
  for (const e of entries) if (e.command.type === 'participant:erase' && e.actor.role === 'participant' && succeeded.has(e.seq)) erased.add(e.actor.participantId);

  // An erased participant's association is given as the spelling the workshop keeps for it
  // (counts stay right), or not at all when nobody is left who gave it.
  const association = (name: string) => final.associations.get(associationKey(name))?.name ?? '';
  const tokens = new Map<string, string>();
  const scrubbed = new Set<string>();
  const byErased = (e: LogEntry) => e.actor.role === 'participant' && erased.has(e.actor.participantId);

  const copy = entries.map((entry): LogEntry => {
    const command = structuredClone(entry.command) as Command;
    switch (command.type) {
      case 'workshop:create':
        Object.assign(command, { workshopId: EXPORTED_WORKSHOP_ID, code: EXPORTED_CODE, keyHash: REMOVED_KEY });
        break;
      case 'key:rotate':
        command.keyHash = REMOVED_KEY;
        break;
      case 'participant:join': {
        let token = tokens.get(command.tokenHash);
        if (!token) tokens.set(command.tokenHash, (token = `${REMOVED_KEY}-${tokens.size + 1}`));
        command.tokenHash = token;
        if (erased.has(command.participantId)) Object.assign(command, { name: '', association: association(command.association), sector: '', table: null, showName: false });
        break;
      }
      case 'participant:update':
        if (byErased(entry)) Object.assign(command, { name: '', association: association(command.association), sector: '', table: null, showName: false });
        break;
      case 'signup:set':
        Object.assign(command, { name: markers.contact, contact: markers.contact });
        break;
      case 'evaluation:answer':
        if (byErased(entry)) command.comment = '';
        break;
      case 'post:create': {
        if (!byErased(entry)) break;
        const post = final.posts.get(`p${entry.seq}`);
        // Kept: others' duplicates were merged into it, so it is the group's post now.
        if (post && !post.withdrawn) break;
        // A post that was never made stays never made (an empty text is refused too).
        command.text = succeeded.has(entry.seq) ? markers.erasedText : '';
        scrubbed.add(`p${entry.seq}`);
        break;
      }
      case 'post:edit':
        if (scrubbed.has(command.postId)) command.text = succeeded.has(entry.seq) ? markers.erasedText : '';
        break;
    }
    return { seq: entry.seq, at: entry.at, actor: structuredClone(entry.actor), commandId: entry.commandId, command };
  });
  return { copy, original: final };
}

/**
 * The state an import must reproduce: everything but what names the workshop (id, code)
 * and the secrets (not in `serializeState` at all).
 */
export function comparableState(state: WorkshopState) {
  // Not `display` either: the projector's page clock came later, and files exported before
  // it must still match their digest. It follows from the log like everything else.
  const { id: _id, code: _code, display: _display, ...rest } = serializeState(state);
  // An update in Swedish only is written as its plain text, as it was before updates could
  // be translated, so files exported then keep matching their digest.
  const updates = state.updates.map((u) => (u.text.en || u.text.ar ? u : { ...u, text: u.text.sv }));
  return { ...rest, summary: state.summary, published: state.published, updates };
}

export { canonicalJson };

export const stateDigest = (state: WorkshopState) => `sha256:${createHash('sha256').update(canonicalJson(comparableState(state)), 'utf8').digest('hex')}`;
