import type { Changes } from './changes.js';
import { fail } from './changes.js';
import { setScreenLanguage, turnScreenPage } from './commands/display.js';
import { setAgendaItem, setPhase, setScreenMode, timerCommand, updateSetup } from './commands/meeting.js';
import { mergePosts } from './commands/merge.js';
import { addUpdate, carryPost, publishOutcome, removeUpdate, setSummary } from './commands/outcome.js';
import { answerEvaluation, joinParticipant, setSignup, updateProfile, withdrawSignup } from './commands/participation.js';
import { addPaperNote, approvePosts, createPost, editPost, hidePost, pinPost, withdrawPost } from './commands/posts.js';
import { closeJoins, eraseParticipant, rotateKey } from './commands/privacy.js';
import { castVote, retractVote } from './commands/votes.js';
import type { CommandOf, CommandType, LogEntry, Participant, Result, WorkshopState } from './types.js';

/**
 * Who may send a command. `participant`: a participant who has joined (the rule gets them);
 * `newcomer`: a participant's own join; `system`: the server's timer; `nobody`: only ever
 * the log's first entry.
 */
export type CommandRole = 'participant' | 'newcomer' | 'facilitator' | 'system' | 'nobody';

export interface ApplyContext {
  state: WorkshopState;
  entry: LogEntry;
  changes: Changes;
}

/**
 * One command's rule: who may send it and how it changes the state. What `apply` answers
 * when it accepts is the command's acknowledgement data (the protocol derives `AckData`
 * from it). Every apply checks everything before it changes anything (see trial.ts).
 */
export type CommandRule<K extends CommandType> =
  | { role: 'participant'; apply: (command: CommandOf<K>, context: ApplyContext & { participant: Participant }) => Result }
  | { role: Exclude<CommandRole, 'participant'>; apply: (command: CommandOf<K>, context: ApplyContext) => Result };

/**
 * The domain half of the command registry: one entry per command type of the log. A
 * command type without an entry here (or an entry for no command type) is a compile error;
 * the protocol half (`src/lib/protocol/commands.ts`) adds each command's payload schema.
 */
export const COMMAND_RULES = {
  'workshop:create': { role: 'nobody', apply: () => fail('already_exists') },
  'participant:join': { role: 'newcomer', apply: (c, { state, entry, changes }) => joinParticipant(state, entry, c, changes) },
  'timer:expire': { role: 'system', apply: (c, { state, entry, changes }) => timerCommand(state, entry, c, changes) },

  // Participants
  'participant:update': { role: 'participant', apply: (c, { state, participant, changes }) => updateProfile(state, participant, c, changes) },
  'post:create': { role: 'participant', apply: (c, { state, entry, participant, changes }) => createPost(state, entry, participant, c, changes) },
  'post:withdraw': { role: 'participant', apply: (c, { state, participant, changes }) => withdrawPost(state, participant, c, changes) },
  'vote:cast': { role: 'participant', apply: (c, { state, entry, participant, changes }) => castVote(state, entry, participant, c.postId, changes) },
  'vote:retract': { role: 'participant', apply: (c, { state, entry, participant, changes }) => retractVote(state, entry, participant, c.postId, changes) },
  'signup:set': { role: 'participant', apply: (c, { entry, participant, changes }) => setSignup(participant, entry, c, changes) },
  'signup:withdraw': { role: 'participant', apply: (_c, { participant, changes }) => withdrawSignup(participant, changes) },
  'evaluation:answer': { role: 'participant', apply: (c, { state, entry, participant, changes }) => answerEvaluation(state, entry, participant, c, changes) },
  'participant:erase': { role: 'participant', apply: (_c, { state, participant, changes }) => eraseParticipant(state, participant, changes) },

  // The facilitator: the meeting
  'phase:set': { role: 'facilitator', apply: (c, { state, entry, changes }) => setPhase(state, entry, c, changes) },
  'setup:update': { role: 'facilitator', apply: (c, { state, entry, changes }) => updateSetup(state, entry, c, changes) },
  'agenda:current': { role: 'facilitator', apply: (c, { state, changes }) => setAgendaItem(state, c, changes) },
  'timer:start': { role: 'facilitator', apply: (c, { state, entry, changes }) => timerCommand(state, entry, c, changes) },
  'timer:pause': { role: 'facilitator', apply: (c, { state, entry, changes }) => timerCommand(state, entry, c, changes) },
  'timer:resume': { role: 'facilitator', apply: (c, { state, entry, changes }) => timerCommand(state, entry, c, changes) },
  'timer:extend': { role: 'facilitator', apply: (c, { state, entry, changes }) => timerCommand(state, entry, c, changes) },
  'timer:stop': { role: 'facilitator', apply: (c, { state, entry, changes }) => timerCommand(state, entry, c, changes) },
  'screen:mode': { role: 'facilitator', apply: (c, { state, entry, changes }) => setScreenMode(state, entry, c, changes) },
  'screen:language': { role: 'facilitator', apply: (c, { state, changes }) => setScreenLanguage(state, c, changes) },
  'screen:page': { role: 'facilitator', apply: (c, { state, entry, changes }) => turnScreenPage(state, entry, c, changes) },

  // The facilitator: posts
  'post:hide': { role: 'facilitator', apply: (c, { state, changes }) => hidePost(state, c, changes) },
  'post:pin': { role: 'facilitator', apply: (c, { state, changes }) => pinPost(state, c, changes) },
  'post:edit': { role: 'facilitator', apply: (c, { state, changes }) => editPost(state, c, changes) },
  'post:merge': { role: 'facilitator', apply: (c, { state, changes }) => mergePosts(state, c, changes) },
  'post:approve': { role: 'facilitator', apply: (c, { state, changes }) => approvePosts(state, c, changes) },
  'note:add': { role: 'facilitator', apply: (c, { state, entry, changes }) => addPaperNote(state, entry, c, changes) },

  // The facilitator: access and outcomes
  'key:rotate': { role: 'facilitator', apply: (c, { state }) => rotateKey(state, c) },
  'workshop:close': { role: 'facilitator', apply: (c, { state, changes }) => closeJoins(state, c, changes) },
  'summary:set': { role: 'facilitator', apply: (c, { state, changes }) => setSummary(state, c, changes) },
  'outcome:publish': { role: 'facilitator', apply: (c, { state, entry, changes }) => publishOutcome(state, entry, c, changes) },
  'update:add': { role: 'facilitator', apply: (c, { state, entry, changes }) => addUpdate(state, entry, c, changes) },
  'update:remove': { role: 'facilitator', apply: (c, { state, changes }) => removeUpdate(state, c, changes) },
  'post:carry': { role: 'facilitator', apply: (c, { state, entry, changes }) => carryPost(state, entry, c, changes) }
} satisfies { [K in CommandType]: CommandRule<K> };

type Rules = typeof COMMAND_RULES;

/** Who may send command `K`. */
export type RoleOf<K extends CommandType> = Rules[K]['role'];

/** What command `K` answers when accepted, besides `ok: true`: e.g. `{ postId }` for a new post. */
export type CommandAck<K extends CommandType> = Omit<Extract<ReturnType<Rules[K]['apply']>, { ok: true }>, 'ok'>;

/** The command types a role may send, e.g. `CommandsOf<'facilitator'>`. */
export type CommandsOf<R extends CommandRole> = { [K in CommandType]: RoleOf<K> extends R ? K : never }[CommandType];

/** The rule for a command, with the command's own type. */
export const ruleOf = <K extends CommandType>(type: K): CommandRule<K> => COMMAND_RULES[type] as CommandRule<K>;
