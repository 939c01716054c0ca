import { describe, expect, it } from 'vitest';
import { versionDiff } from './diff.js';
import { applyAgreementEntry, createAgreement, replayAgreement, trialCopy } from './rules.js';
import { synthesisParagraphs } from './synthesis.js';
import { templateSections } from './template.js';
import type { AgreementActor, AgreementCommand, AgreementEntry, AgreementResult, AgreementState } from './types.js';
import { compilationView, publicView, staffView } from './views.js';

const ORGANISER: AgreementActor = { role: 'organiser' };
const reader = (authorId: string): AgreementActor => ({ role: 'public', authorId });
const DAY = 24 * 60 * 60 * 1000;

/** An agreement with its log, driven as the server drives it: entries in order, each answered. */
function agreement() {
  const log: AgreementEntry[] = [];
  const first: AgreementEntry = {
    seq: 1,
    at: 1_000,
    actor: { role: 'system' },
    commandId: 'create',
    command: { type: 'agreement:create', seriesId: 'series-1', code: 'K7M4QX', title: { sv: 'Lokal överenskommelse' }, sections: templateSections() }
  };
  log.push(first);
  const state = createAgreement('series-1', first as AgreementEntry & { command: Extract<AgreementCommand, { type: 'agreement:create' }> });
  let at = 1_000;
  let n = 0;
  const send = (actor: AgreementActor, command: AgreementCommand, { commandId = `c${++n}`, time }: { commandId?: string; time?: number } = {}): AgreementResult<Record<string, unknown>> => {
    at = time ?? at + 1_000;
    const entry: AgreementEntry = { seq: log.length + 1, at, actor, commandId, command };
    log.push(entry);
    return applyAgreementEntry(state, entry) as AgreementResult<Record<string, unknown>>;
  };
  return { state, log, send, now: () => at };
}

const text = (sv: string) => ({ sv });
const noSources = () => undefined;

function writeDraft(send: ReturnType<typeof agreement>['send']) {
  expect(send(ORGANISER, { type: 'section:edit', sectionId: 'background', heading: text('Bakgrund'), paragraphs: [{ text: text('Staden och föreningslivet har samverkat länge.'), sources: [] }] }).ok).toBe(true);
  expect(
    send(ORGANISER, {
      type: 'section:edit',
      sectionId: 'principles',
      heading: text('Principer för samverkan'),
      paragraphs: [{ text: text('Dialog: vi möts regelbundet.'), sources: [{ workshopId: 'w1', postId: 'p1' }, { workshopId: 'w1', postId: 'p1' }] }]
    }).ok
  ).toBe(true);
}

describe('the draft', () => {
  it('starts from the seed structure and keeps each paragraph’s sources, once each', () => {
    const { state, send } = agreement();
    expect(state.draft.map((s) => s.id)).toEqual(['background', 'why', 'goals', 'roles', 'values', 'principles', 'joining', 'follow-up', 'activities']);
    writeDraft(send);
    const principles = state.draft.find((s) => s.id === 'principles');
    expect(principles?.paragraphs[0]?.sources).toEqual([{ workshopId: 'w1', postId: 'p1' }]);
    // Ids made from the entry: every replay makes the same.
    expect(principles?.paragraphs[0]?.id).toMatch(/^p\d+-0$/);
  });

  it('keeps, in the draft’s view only, the links to posts that cannot be shown now, so a save keeps them', () => {
    const { state, send } = agreement();
    writeDraft(send);
    send(ORGANISER, { type: 'section:edit', sectionId: 'goals', heading: text('Mål'), paragraphs: [{ text: text('Mål.'), sources: [{ workshopId: 'w1', postId: 'shown' }, { workshopId: 'w1', postId: 'hidden' }] }] });
    const sourceText = (ref: { postId: string }) => (ref.postId === 'shown' ? 'Synlig' : undefined);
    const goals = staffView(state, 'organiser', 0, sourceText).draft.find((s) => s.id === 'goals')?.paragraphs[0];
    expect(goals).toMatchObject({ sources: [{ postId: 'shown', text: 'Synlig' }], unshown: [{ workshopId: 'w1', postId: 'hidden' }], sourceCount: 2 });
    send(ORGANISER, { type: 'remiss:publish', closesAt: 1e15, allowAnonymous: true });
    const published = publicView(state, 0, undefined, sourceText).current?.sections.find((s) => s.id === 'goals')?.paragraphs[0];
    expect(published).not.toHaveProperty('unshown');
  });

  it('adds, moves and removes sections, refusing unknown ones and changing nothing', () => {
    const { state, send } = agreement();
    expect(send(ORGANISER, { type: 'section:add', sectionId: 'intro', heading: text('Inledning'), afterSectionId: 'background' })).toEqual({ ok: true, sectionId: 'intro' });
    expect(state.draft[1]?.id).toBe('intro');
    expect(send(ORGANISER, { type: 'section:move', sectionId: 'intro', toIndex: 0 }).ok).toBe(true);
    expect(state.draft[0]?.id).toBe('intro');
    const before = structuredClone(state.draft);
    expect(send(ORGANISER, { type: 'section:add', sectionId: 'x', heading: text('X'), afterSectionId: 'nope' })).toEqual({ ok: false, error: 'section_not_found' });
    expect(send(ORGANISER, { type: 'section:edit', sectionId: 'nope', heading: text('X'), paragraphs: [] })).toEqual({ ok: false, error: 'section_not_found' });
    expect(send(ORGANISER, { type: 'section:add', sectionId: 'intro', heading: text('Igen') })).toEqual({ ok: false, error: 'already_exists' });
    expect(state.draft).toEqual(before);
    expect(send(ORGANISER, { type: 'section:remove', sectionId: 'intro' }).ok).toBe(true);
    expect(state.draft.some((s) => s.id === 'intro')).toBe(false);
  });

  it('lets the working group write and answer, but not publish, invite or adopt; a revoked key does nothing', () => {
    const { state, send } = agreement();
    expect(send(ORGANISER, { type: 'editor:invite', editorId: 'e1', name: 'Amina', keyHash: 'h'.repeat(64) })).toEqual({ ok: true, editorId: 'e1' });
    const editor: AgreementActor = { role: 'editor', editorId: 'e1' };
    expect(send(editor, { type: 'section:edit', sectionId: 'goals', heading: text('Mål'), paragraphs: [{ text: text('Fler föreningar'), sources: [] }] }).ok).toBe(true);
    expect(send(editor, { type: 'remiss:publish', closesAt: Date.now() + DAY, allowAnonymous: true })).toEqual({ ok: false, error: 'forbidden' });
    expect(send(editor, { type: 'editor:invite', editorId: 'e2', name: 'X', keyHash: 'h'.repeat(64) })).toEqual({ ok: false, error: 'forbidden' });
    expect(send(reader('r1'), { type: 'section:remove', sectionId: 'goals' })).toEqual({ ok: false, error: 'forbidden' });
    expect(send(ORGANISER, { type: 'editor:revoke', editorId: 'e1' }).ok).toBe(true);
    expect(send(editor, { type: 'section:remove', sectionId: 'goals' })).toEqual({ ok: false, error: 'forbidden' });
    expect(state.draft.some((s) => s.id === 'goals')).toBe(true);
  });

  it('answers a re-sent command with its first outcome and applies it once', () => {
    const { state, send } = agreement();
    const first = send(ORGANISER, { type: 'section:add', sectionId: 's1', heading: text('Ett') }, { commandId: 'same' });
    const again = send(ORGANISER, { type: 'section:add', sectionId: 's1', heading: text('Ett') }, { commandId: 'same' });
    // With the seq the first was applied at: a re-send through another process is answered alike.
    expect(again).toEqual({ ...first, seq: 2 });
    expect(state.draft.filter((s) => s.id === 's1')).toHaveLength(1);
  });
});

/** A remiss with comments from readers: the flow the issue names, in the domain. */
function remissWithComments() {
  const a = agreement();
  writeDraft(a.send);
  const closesAt = a.now() + 10 * DAY;
  expect(a.send(ORGANISER, { type: 'remiss:publish', closesAt, allowAnonymous: false })).toEqual({ ok: true, version: 1 });
  return { ...a, closesAt };
}

const comment = (commentId: string, extra: Partial<Extract<AgreementCommand, { type: 'comment:add' }>> = {}): AgreementCommand => ({
  type: 'comment:add',
  commentId,
  version: 1,
  sectionId: 'principles',
  text: 'Dialogen behöver ske tidigt.',
  name: 'Sara',
  association: 'IFK Exempel',
  contact: '',
  consent: false,
  ...extra
});

describe('remiss', () => {
  it('takes comments on the published version only while it is open, by the rules it was published with', () => {
    const { state, send, closesAt } = remissWithComments();
    expect(send(reader('r1'), comment('k1'))).toEqual({ ok: true, commentId: 'k1' });
    expect(send(reader('r2'), comment('k2', { name: '', association: '' }))).toEqual({ ok: false, error: 'anonymous_not_allowed' });
    expect(send(reader('r2'), comment('k3', { contact: 'sara@example.org' }))).toEqual({ ok: false, error: 'consent_required' });
    expect(send(reader('r2'), comment('k4', { sectionId: 'nope' }))).toEqual({ ok: false, error: 'section_not_found' });
    expect(send(reader('r2'), comment('k5', { text: '   ' }))).toEqual({ ok: false, error: 'text_empty' });
    expect(send(reader('r2'), comment('k1'))).toEqual({ ok: false, error: 'already_exists' });
    // Publishing again while one is open is refused; the draft may change meanwhile.
    expect(send(ORGANISER, { type: 'remiss:publish', closesAt: closesAt + DAY, allowAnonymous: true })).toEqual({ ok: false, error: 'remiss_open' });
    expect(send(reader('r3'), comment('k6'), { time: closesAt })).toEqual({ ok: false, error: 'remiss_closed' });
    expect(state.comments.map((c) => c.id)).toEqual(['k1']);
  });

  it('copies the draft into the version: later edits do not change what was sent out', () => {
    const { state, send } = remissWithComments();
    send(ORGANISER, { type: 'section:edit', sectionId: 'background', heading: text('Bakgrund'), paragraphs: [{ text: text('Ändrad text.'), sources: [] }] });
    expect(state.versions[0]?.sections[0]?.paragraphs[0]?.text.sv).toBe('Staden och föreningslivet har samverkat länge.');
  });

  it('compiles only when closed and every shown comment is answered, then publishes the revised text with a word diff', () => {
    const { state, send, closesAt } = remissWithComments();
    for (let i = 0; i < 20; i += 1) expect(send(reader(`r${i}`), comment(`k${i}`, { association: `Förening ${i % 7}` })).ok).toBe(true);
    expect(send(ORGANISER, { type: 'compilation:publish', version: 1 })).toEqual({ ok: false, error: 'remiss_not_closed' });
    expect(send(ORGANISER, { type: 'remiss:close' }).ok).toBe(true);
    expect(send(reader('late'), comment('late'))).toEqual({ ok: false, error: 'remiss_closed' });
    expect(send(ORGANISER, { type: 'comment:hide', commentId: 'k0', reason: 'Reklam' }).ok).toBe(true);
    for (let i = 1; i < 19; i += 1) send(ORGANISER, { type: 'comment:answer', commentId: `k${i}`, verdict: i % 3 === 0 ? 'accepted' : i % 3 === 1 ? 'partly' : 'rejected', reason: 'Se texten.' });
    expect(send(ORGANISER, { type: 'compilation:publish', version: 1 })).toEqual({ ok: false, error: 'unanswered_comments' });
    send(ORGANISER, { type: 'comment:answer', commentId: 'k19', verdict: 'accepted', reason: 'Infört.' });
    send(ORGANISER, { type: 'section:edit', sectionId: 'principles', heading: text('Principer för samverkan'), paragraphs: [{ text: text('Dialog: vi möts tidigt och regelbundet.'), sources: [] }] });
    expect(send(ORGANISER, { type: 'compilation:publish', version: 1 })).toEqual({ ok: true, version: 2 });
    // On the record now: an answer no longer changes.
    expect(send(ORGANISER, { type: 'comment:answer', commentId: 'k19', verdict: 'rejected', reason: 'Nej' })).toEqual({ ok: false, error: 'forbidden' });

    const view = compilationView(state, 1, noSources);
    expect(view?.totals).toEqual({ comments: 19, accepted: 7, partly: 6, rejected: 6, hidden: 1, associations: 7 });
    const principles = view?.sections.find((s) => s.sectionId === 'principles');
    expect(principles?.comments).toHaveLength(19);
    expect(principles?.hidden).toEqual([{ reason: 'Reklam' }]);
    expect(JSON.stringify(view)).not.toContain('Sara');
    const change = view?.changes.find((c) => c.sectionId === 'principles');
    expect(change?.status).toBe('changed');
    expect(change?.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['tidigt och']);
    expect(view?.changes.find((c) => c.sectionId === 'background')?.status).toBe('same');
    expect(publicView(state, closesAt + DAY, undefined, noSources).stage).toBe('compiled');
  });

  it('shows the public page no name or contact, and the reader their own comments with answers once compiled', () => {
    const { state, send, now } = remissWithComments();
    send(reader('r1'), comment('k1', { contact: 'sara@example.org', consent: true }));
    send(reader('r2'), comment('k2'));
    const mine = publicView(state, now(), 'r1', noSources);
    expect(mine.stage).toBe('remiss');
    expect(mine.commentsOpen).toBe(true);
    expect(mine.own.map((c) => c.id)).toEqual(['k1']);
    expect(JSON.stringify(mine)).not.toMatch(/Sara|sara@example/);
    expect(JSON.stringify(staffView(state, 'editor', now(), noSources))).not.toContain('sara@example.org');
    expect(staffView(state, 'organiser', now(), noSources).comments[0]?.contact).toBe('sara@example.org');
  });
});

describe('adoption and joins', () => {
  it('adopts the draft once, then takes joins and lists only those who agreed to be listed', () => {
    const { state, send } = agreement();
    writeDraft(send);
    expect(send(reader('r1'), { type: 'join:add', joinId: 'j0', association: 'A', contactName: 'B', contact: 'c', consent: true, listed: true })).toEqual({ ok: false, error: 'not_adopted' });
    expect(send(ORGANISER, { type: 'agreement:adopt', decidedOn: '2027-03-15', decision: 'Kommunfullmäktige § 45' })).toEqual({ ok: true, version: 1 });
    expect(send(ORGANISER, { type: 'agreement:adopt', decidedOn: '2027-03-16', decision: '' })).toEqual({ ok: false, error: 'already_adopted' });
    expect(send(ORGANISER, { type: 'remiss:publish', closesAt: Date.now() + DAY, allowAnonymous: true })).toEqual({ ok: false, error: 'already_adopted' });
    for (let i = 0; i < 10; i += 1) {
      const result = send(reader(`r${i}`), { type: 'join:add', joinId: `j${i}`, association: `Förening ${i}`, contactName: `Person ${i}`, contact: `p${i}@example.org`, consent: true, listed: i % 2 === 0 });
      expect(result.ok).toBe(true);
    }
    expect(send(reader('x'), { type: 'join:add', joinId: 'jx', association: 'X', contactName: 'Y', contact: 'z', consent: false, listed: true })).toEqual({ ok: false, error: 'consent_required' });
    const view = publicView(state, Date.now(), undefined, noSources);
    expect(view.stage).toBe('adopted');
    expect(view.current?.decision).toBe('Kommunfullmäktige § 45');
    expect(view.joined).toEqual({ listed: ['Förening 0', 'Förening 2', 'Förening 4', 'Förening 6', 'Förening 8'], total: 10 });
    expect(JSON.stringify(view)).not.toMatch(/Person|example\.org/);
    expect(staffView(state, 'organiser', Date.now(), noSources).joins).toHaveLength(10);
  });
});

describe('erasure and replay', () => {
  it('erases one sender’s words and personal fields, keeping the answers on the record', () => {
    const { state, send, closesAt } = remissWithComments();
    send(reader('r1'), comment('k1', { contact: 'sara@example.org', consent: true }));
    send(reader('r2'), comment('k2', { association: 'Annan förening' }));
    send(ORGANISER, { type: 'remiss:close' });
    send(ORGANISER, { type: 'comment:answer', commentId: 'k1', verdict: 'accepted', reason: 'Infört.' });
    expect(send(reader('r1'), { type: 'author:erase' })).toEqual({ ok: true, comments: 1, joins: 0 });
    expect(send(reader('r1'), { type: 'author:erase', authorId: 'r2' })).toEqual({ ok: false, error: 'invalid_payload' });
    expect(send(ORGANISER, { type: 'author:erase', authorId: 'r2' })).toEqual({ ok: true, comments: 1, joins: 0 });
    const [k1] = state.comments;
    expect(k1).toMatchObject({ text: '', name: '', association: '', contact: '', erased: true, answer: { verdict: 'accepted' } });
    expect(JSON.stringify(state.comments)).not.toMatch(/Sara|sara@|Dialogen|Annan/);
    expect(closesAt).toBeGreaterThan(0);
  });

  it('replays a log to the state it made live', () => {
    const { state, log, send } = remissWithComments();
    send(reader('r1'), comment('k1'));
    send(ORGANISER, { type: 'comment:hide', commentId: 'k1', reason: 'Fel' });
    send(ORGANISER, { type: 'editor:invite', editorId: 'e1', name: 'Amina', keyHash: 'h'.repeat(64) });
    const replayed: AgreementState = replayAgreement('series-1', log);
    expect(replayed).toEqual(state);
  });
});

describe('versions', () => {
  it('marks changed, added, removed and renamed sections', () => {
    const before = templateSections().slice(0, 3);
    const after = structuredClone(before);
    after[0]!.paragraphs = [{ id: 'p', text: text('Ny text.'), sources: [] }];
    after[1]!.heading = text('Nytt namn');
    after.splice(2, 1);
    after.push({ id: 'new', heading: text('Ny'), paragraphs: [{ id: 'q', text: text('Helt ny.'), sources: [] }] });
    const changes = versionDiff(before, after);
    expect(changes.map((c) => [c.sectionId, c.status])).toEqual([['background', 'changed'], ['why', 'changed'], ['new', 'added'], ['goals', 'removed']]);
    expect(changes[1]?.headingBefore?.sv).toBe('Varför en överenskommelse hos oss?');
  });
});

describe('the synthesis', () => {
  it('drafts one paragraph per principle from its top groups, keeping every post behind them', () => {
    const group = (t: string, votes: number, ids: string[]) => ({ text: t, votes, workshopIds: ['w1'], items: ids.map((postId) => ({ workshopId: 'w1', postId, text: t, votes, carried: false })) });
    const round = (id: string, groups: ReturnType<typeof group>[]) => ({
      id,
      title: text(id),
      postNoun: text('x'),
      topics: [
        { id: 'dialog', name: text('Dialog'), groups },
        { id: 'empty', name: text('Tom'), groups: [] }
      ]
    });
    const view = {
      rounds: [
        round('samtal-1', [group('Vi lyssnar', 9, ['a', 'b']), group('Tidigt', 5, ['c']), group('Öppet', 3, ['d']), group('Fjärde', 1, ['e'])]),
        round('samtal-2', [group('Läxhjälp', 4, ['f'])])
      ]
    };
    const principles = synthesisParagraphs(view, 'principles');
    expect(principles).toEqual([
      { text: { sv: 'Dialog: Vi lyssnar. Tidigt. Öppet.' }, sources: ['a', 'b', 'c', 'd'].map((postId) => ({ workshopId: 'w1', postId })) }
    ]);
    expect(synthesisParagraphs(view, 'activities')).toEqual([{ text: { sv: 'Dialog\n– Läxhjälp' }, sources: [{ workshopId: 'w1', postId: 'f' }] }]);
  });
});

describe('trying a command on a trial copy', () => {
  it('leaves the state as it was, whatever the command does (the server tries every command before it is written)', () => {
    const { state, send, now } = agreement();
    writeDraft(send);
    const editor = send(ORGANISER, { type: 'editor:invite', editorId: 'e1', name: 'Amina', keyHash: 'h' });
    expect(editor.ok).toBe(true);
    expect(send(ORGANISER, { type: 'remiss:publish', closesAt: now() + DAY, allowAnonymous: true }).ok).toBe(true);
    for (const id of ['c1', 'c2']) expect(send(reader(`a-${id}`), { type: 'comment:add', commentId: id, version: 1, sectionId: 'background', text: 'Synpunkt', name: '', association: '', contact: '', consent: false }).ok).toBe(true);
    const tries: [AgreementActor, AgreementCommand][] = [
      [ORGANISER, { type: 'agreement:title', title: text('Ny titel') }],
      [ORGANISER, { type: 'section:add', sectionId: 'ny', heading: text('Ny') }],
      [ORGANISER, { type: 'section:edit', sectionId: 'background', heading: text('B'), paragraphs: [] }],
      [ORGANISER, { type: 'section:move', sectionId: 'background', toIndex: 3 }],
      [ORGANISER, { type: 'section:remove', sectionId: 'goals' }],
      [ORGANISER, { type: 'editor:invite', editorId: 'e2', name: 'Bo', keyHash: 'h2' }],
      [ORGANISER, { type: 'editor:revoke', editorId: 'e1' }],
      [ORGANISER, { type: 'remiss:close' }],
      [reader('a-new'), { type: 'comment:add', commentId: 'c3', version: 1, sectionId: 'background', text: 'Till', name: '', association: '', contact: '', consent: false }],
      [ORGANISER, { type: 'comment:hide', commentId: 'c1', reason: 'Inte en synpunkt' }],
      [ORGANISER, { type: 'comment:answer', commentId: 'c2', verdict: 'accepted', reason: 'Ja' }],
      [reader('a-c1'), { type: 'author:erase' }],
      [{ role: 'editor', editorId: 'e1' }, { type: 'comment:answer', commentId: 'c1', verdict: 'rejected', reason: 'Nej' }]
    ];
    const snapshot = () => structuredClone({ ...state, outcomes: [...state.outcomes].map(([k, v]) => [k, [...v]]) });
    for (const [actor, command] of tries) {
      const before = snapshot();
      const outcome = applyAgreementEntry(trialCopy(state, actor), { seq: state.seq + 1, at: now() + 1, actor, commandId: `trial-${command.type}`, command });
      expect(outcome.ok, command.type).toBe(true);
      expect(snapshot(), command.type).toEqual(before);
    }
  });
});
