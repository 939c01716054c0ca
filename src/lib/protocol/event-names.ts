/**
 * The names of the commands, by who may send them. Plain data without zod, so the browser
 * (which queues commands) and the server (which checks the sender's role) share one list.
 */
export const PARTICIPANT_COMMANDS = [
  'participant:update',
  'post:create',
  'post:withdraw',
  'vote:cast',
  'vote:retract',
  'signup:set',
  'signup:withdraw',
  'evaluation:answer',
  'participant:erase'
] as const;

export const FACILITATOR_COMMANDS = [
  'phase:set',
  'post:hide',
  'post:pin',
  'post:edit',
  'post:merge',
  'post:approve',
  'note:add',
  'setup:update',
  'agenda:current',
  'timer:start',
  'timer:pause',
  'timer:resume',
  'timer:extend',
  'timer:stop',
  'screen:mode',
  'screen:language',
  'screen:page',
  'facilitator:rotate-key',
  'workshop:delete',
  'workshop:close',
  'summary:set',
  'outcome:publish',
  'update:add',
  'update:remove',
  'post:carry'
] as const;

export const COMMAND_NAMES = [...PARTICIPANT_COMMANDS, ...FACILITATOR_COMMANDS] as const;
