import { noChanges } from './changes.js';
import { applyCommand } from './execute.js';
import type { ErrorCode, LogEntry, WorkshopState } from './types.js';

/**
 * Whether a command would be refused, found without changing anything, so that the server
 * can answer a refusal without appending it to the log: a refused command would otherwise
 * cost a log entry, memory, and (for a refused join) keep a stranger's name.
 *
 * The command's handler runs against a read-only view of the state that stops it at its
 * first write. Handlers check everything before they change anything (trial.test.ts holds
 * every command to that), so a handler that returns a refusal has changed nothing, and one
 * that reaches a write would be accepted. The verdict is advice, not the decision: an
 * accepted command is appended and decided again, in log order, by `execute`.
 *
 * Returns the error a refusal would carry, or undefined when the command would be applied
 * (or its handler did something the read-only view cannot follow: then the log decides).
 */
export function refusalOf(state: WorkshopState, entry: LogEntry): ErrorCode | undefined {
  try {
    const outcome = applyCommand(readOnly(state, new WeakMap()), entry, noChanges());
    return outcome.ok ? undefined : outcome.error;
  } catch {
    // WouldChange: the handler passed its checks. Anything else: let the log decide.
    return undefined;
  }
}

/**
 * Thrown by the read-only view at the first attempt to change the state: every accepted
 * command ends this way, so it is a plain object, not an Error — capturing a stack trace
 * for each vote was the largest cost of a vote burst in the server's CPU profile.
 */
const WOULD_CHANGE = Object.freeze({ wouldChange: true });
const refuseWrite = (): never => {
  throw WOULD_CHANGE;
};

const MAP_WRITES = new Set<PropertyKey>(['set', 'delete', 'clear']);
const SET_WRITES = new Set<PropertyKey>(['add', 'delete', 'clear']);

type Views = WeakMap<object, object>;

/** A deep, lazy read-only view: objects, arrays, maps and sets read through it stay read-only. */
function readOnly<T>(value: T, views: Views): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  const known = views.get(value);
  if (known) return known as T;
  const view = value instanceof Map || value instanceof Set ? collectionView(value, views) : objectView(value, views);
  views.set(value, view);
  return view as T;
}

function objectView(target: object, views: Views): object {
  return new Proxy(target, {
    get: (object, property, receiver) => readOnly(Reflect.get(object, property, receiver), views),
    set: refuseWrite,
    deleteProperty: refuseWrite,
    defineProperty: refuseWrite,
    setPrototypeOf: refuseWrite
  });
}

/** Maps and sets keep their data in internal slots: their methods run on the real collection. */
function collectionView(target: Map<unknown, unknown> | Set<unknown>, views: Views): object {
  const writes = target instanceof Map ? MAP_WRITES : SET_WRITES;
  const wrap = <V>(iterator: IterableIterator<V>, map: (v: V) => V): IterableIterator<V> => {
    const wrapped: IterableIterator<V> = {
      next: () => {
        const step = iterator.next();
        return step.done ? step : { done: false, value: map(step.value) };
      },
      [Symbol.iterator]: () => wrapped
    };
    return wrapped;
  };
  const view = (v: unknown) => readOnly(v, views);
  const pair = ([k, v]: [unknown, unknown]): [unknown, unknown] => [k, view(v)];
  const proxy: object = new Proxy(target, {
    get(collection, property) {
      if (writes.has(property)) return refuseWrite;
      if (property === 'size') return collection.size;
      if (collection instanceof Map) {
        switch (property) {
          case 'get':
            return (key: unknown) => view(collection.get(key));
          case 'values':
            return () => wrap(collection.values(), view);
          case 'entries':
          case Symbol.iterator:
            return () => wrap(collection.entries(), pair);
          case 'forEach':
            return (fn: (v: unknown, k: unknown, m: unknown) => void) => collection.forEach((v, k) => fn(view(v), k, proxy));
        }
      } else {
        switch (property) {
          case 'values':
          case 'keys':
          case Symbol.iterator:
            return () => wrap(collection.values(), view);
          case 'entries':
            return () => wrap(collection.entries(), ([a]): [unknown, unknown] => [view(a), view(a)]);
          case 'forEach':
            return (fn: (v: unknown, k: unknown, s: unknown) => void) => collection.forEach((v) => fn(view(v), view(v), proxy));
        }
      }
      const member = Reflect.get(collection, property, collection) as unknown;
      return typeof member === 'function' ? (member as (...args: unknown[]) => unknown).bind(collection) : member;
    },
    set: refuseWrite,
    deleteProperty: refuseWrite,
    defineProperty: refuseWrite
  });
  return proxy;
}
