/**
 * The agreement's command registry and how an entry is applied: who may send each command
 * and its rule, one entry per command type (a type without one is a compile error).
 */
import { addComment, addJoin, adopt, answerComment, closeRemiss, eraseAuthor, hideComment, hideJoin, publishCompilation, publishRemiss, refuse, unhideComment } from './apply.js';
import { addSection, editSection, inviteEditor, moveSection, removeSection, revokeEditor, setTitle } from './draft.js';
import { AGREEMENT_LIMITS as L } from './limits.js';
import type { AgreementActor, AgreementCommand, AgreementCommandOf, AgreementCommandType, AgreementEntry, AgreementResult, AgreementState } from './types.js';

/**
 * `organiser`: the series key; `writer`: the organisers or a working-group member (editor)
 * whose key is not revoked; `public`: anyone with the link, as the author the server names;
 * `public-or-organiser`: an erasure, of oneself or (organisers) of a named sender;
 * `nobody`: only ever the log's first entry.
 */
export type AgreementRole = 'organiser' | 'writer' | 'public' | 'public-or-organiser' | 'nobody';

type Rule<K extends AgreementCommandType> = {
  role: AgreementRole;
  apply: (command: AgreementCommandOf<K>, state: AgreementState, entry: AgreementEntry) => AgreementResult;
};

const authorOf = (entry: AgreementEntry) => (entry.actor.role === 'public' ? entry.actor.authorId : '');

export const AGREEMENT_RULES: { [K in AgreementCommandType]: Rule<K> } = {
  'agreement:create': { role: 'nobody', apply: () => refuse('already_exists') },
  'agreement:title': { role: 'writer', apply: (c, state) => setTitle(state, c) },
  'section:add': { role: 'writer', apply: (c, state) => addSection(state, c) },
  'section:edit': { role: 'writer', apply: (c, state, entry) => editSection(state, entry, c) },
  'section:move': { role: 'writer', apply: (c, state) => moveSection(state, c) },
  'section:remove': { role: 'writer', apply: (c, state) => removeSection(state, c) },
  'editor:invite': { role: 'organiser', apply: (c, state, entry) => inviteEditor(state, entry, c) },
  'editor:revoke': { role: 'organiser', apply: (c, state) => revokeEditor(state, c) },
  'remiss:publish': { role: 'organiser', apply: (c, state, entry) => publishRemiss(state, entry, c) },
  'remiss:close': { role: 'organiser', apply: (_c, state, entry) => closeRemiss(state, entry) },
  'comment:add': { role: 'public', apply: (c, state, entry) => addComment(state, entry, authorOf(entry), c) },
  'comment:hide': { role: 'writer', apply: (c, state, entry) => hideComment(state, entry, c) },
  'comment:unhide': { role: 'writer', apply: (c, state) => unhideComment(state, c) },
  'comment:answer': { role: 'writer', apply: (c, state, entry) => answerComment(state, entry, c) },
  'compilation:publish': { role: 'organiser', apply: (c, state, entry) => publishCompilation(state, entry, c) },
  'agreement:adopt': { role: 'organiser', apply: (c, state, entry) => adopt(state, entry, c) },
  'join:add': { role: 'public', apply: (c, state, entry) => addJoin(state, entry, authorOf(entry), c) },
  'join:hide': { role: 'organiser', apply: (c, state, entry) => hideJoin(state, entry, c) },
  'author:erase': {
    role: 'public-or-organiser',
    apply: (c, state, entry) => {
      if (entry.actor.role === 'organiser') return c.authorId ? eraseAuthor(state, c.authorId) : refuse('invalid_payload');
      return c.authorId === undefined ? eraseAuthor(state, authorOf(entry)) : refuse('invalid_payload');
    }
  }
};

/** Whether this actor may send a command of this role, in this state. */
export function mayAct(state: AgreementState, actor: AgreementActor, role: AgreementRole): boolean {
  const editor = actor.role === 'editor' && state.editors.some((e) => e.id === actor.editorId && !e.revoked);
  switch (role) {
    case 'organiser':
      return actor.role === 'organiser';
    case 'writer':
      return actor.role === 'organiser' || editor;
    case 'public':
      return actor.role === 'public';
    case 'public-or-organiser':
      return actor.role === 'public' || actor.role === 'organiser';
    case 'nobody':
      return false;
  }
}

export const actorKeyOf = (actor: AgreementActor): string =>
  actor.role === 'editor' ? `e:${actor.editorId}` : actor.role === 'public' ? `a:${actor.authorId}` : actor.role;

/** The state the log's first entry makes. */
export function createAgreement(id: string, entry: AgreementEntry & { command: AgreementCommandOf<'agreement:create'> }): AgreementState {
  const c = entry.command;
  return {
    id,
    seriesId: c.seriesId,
    code: c.code,
    title: c.title,
    createdAt: entry.at,
    seq: entry.seq,
    draft: structuredClone(c.sections),
    versions: [],
    comments: [],
    compiled: [],
    joins: [],
    editors: [],
    writerChars: 0,
    outcomes: new Map()
  };
}

/** Counts a writer's entry against the log's budget for them; true when it is over it. */
function overWriterLog(state: AgreementState, role: AgreementRole, entry: AgreementEntry): boolean {
  if (role !== 'writer') return false;
  state.writerChars += JSON.stringify(entry.command).length;
  return state.writerChars > L.writerLog;
}

/**
 * Applies one entry after the first and answers what its sender is told. A command id the
 * actor already used is answered with its first outcome and changes nothing (a re-send).
 * Whatever is refused changes nothing but the seq.
 */
export function applyAgreementEntry(state: AgreementState, entry: AgreementEntry): AgreementResult {
  state.seq = entry.seq;
  const key = actorKeyOf(entry.actor);
  const earlier = state.outcomes.get(key)?.get(entry.commandId);
  if (earlier) return earlier;
  const rule = AGREEMENT_RULES[entry.command.type] as Rule<AgreementCommandType>;
  const outcome = !mayAct(state, entry.actor, rule.role) ? refuse('forbidden') : overWriterLog(state, rule.role, entry) ? refuse('limit_reached') : rule.apply(entry.command as AgreementCommand, state, entry);
  if (entry.actor.role !== 'system') {
    const outcomes = state.outcomes.get(key) ?? new Map<string, AgreementResult>();
    // Kept with the seq it was applied at: a re-send (to this process or, with Redis, another) is answered as the first was.
    outcomes.set(entry.commandId, outcome.ok ? ({ ...outcome, seq: entry.seq } as AgreementResult) : outcome);
    state.outcomes.set(key, outcomes);
  }
  return outcome;
}

/**
 * A copy of the state to try one command of this actor on: whatever a rule may change is
 * copied (the lists, and the comments, joins, versions and editors it changes in place, and
 * the actor's own outcomes), and what no rule changes in place is shared (texts, sections,
 * the published versions' sections). A structuredClone of a full agreement (10,000 comments,
 * 50 versions) took about half a second, for every comment sent.
 */
export function trialCopy(state: AgreementState, actor: AgreementActor): AgreementState {
  const outcomes = new Map(state.outcomes);
  const key = actorKeyOf(actor);
  const own = state.outcomes.get(key);
  if (own) outcomes.set(key, new Map(own));
  return {
    ...state,
    draft: [...state.draft],
    versions: state.versions.map((v) => ({ ...v })),
    comments: state.comments.map((c) => ({ ...c })),
    compiled: [...state.compiled],
    joins: state.joins.map((j) => ({ ...j })),
    editors: state.editors.map((e) => ({ ...e })),
    outcomes
  };
}

/** The state a whole log gives. */
export function replayAgreement(id: string, entries: AgreementEntry[]): AgreementState {
  const [first, ...rest] = entries;
  if (!first || first.command.type !== 'agreement:create') throw new Error(`Agreement ${id}: the log does not start with agreement:create`);
  const state = createAgreement(id, first as AgreementEntry & { command: AgreementCommandOf<'agreement:create'> });
  for (const entry of rest) applyAgreementEntry(state, entry);
  return state;
}
