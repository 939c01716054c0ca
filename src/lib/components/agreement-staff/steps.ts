import type { StaffComment, StaffView, VersionSummary } from '$lib/domain/agreement/views.js';

/**
 * Where the agreement stands, as the workspace's steps name it: the draft, out on remiss,
 * compiling the answers, the decision and joins. Pure: derived from the staff view alone.
 */
export const STEPS = ['draft', 'remiss', 'compilation', 'adoption'] as const;
export type Step = (typeof STEPS)[number];

/** The remiss version whose comments wait for their compilation (closed or open, not compiled yet). */
export function pendingRemiss(view: StaffView): VersionSummary | undefined {
  return view.versions.filter((v) => v.kind === 'remiss' && !v.compiled).at(-1);
}

export function currentStep(view: StaffView): Step {
  if (view.adopted !== null) return 'adoption';
  if (view.openRemiss !== null) return 'remiss';
  if (pendingRemiss(view)) return 'compilation';
  // Compiled: the revised text goes to the council (or out on another remiss).
  if (view.versions.some((v) => v.kind === 'revised')) return 'adoption';
  return 'draft';
}

/** Steps before the current one are done; the ones after it are still to come. */
export function stepState(step: Step, current: Step): 'done' | 'current' | 'todo' {
  const [a, b] = [STEPS.indexOf(step), STEPS.indexOf(current)];
  return a < b ? 'done' : a === b ? 'current' : 'todo';
}

export interface CommentGroup {
  sectionId: string;
  comments: StaffComment[];
  answered: number;
  /** Comments not hidden: the ones that need an answer. */
  shown: number;
}

export const needsAnswer = (c: StaffComment) => !c.hidden && !c.answer;

/**
 * A remiss version's comments by section, in the sections' order (sections no longer in
 * the draft last), each group with its unanswered comments first, then the answered, then
 * the hidden, each in the order they came.
 */
export function commentGroups(comments: StaffComment[], version: number, sectionOrder: string[]): CommentGroup[] {
  const rank = (c: StaffComment) => (needsAnswer(c) ? 0 : c.hidden ? 2 : 1);
  const bySection = new Map<string, StaffComment[]>();
  for (const c of comments) if (c.version === version) bySection.set(c.sectionId, [...(bySection.get(c.sectionId) ?? []), c]);
  const order = (id: string) => {
    const at = sectionOrder.indexOf(id);
    return at === -1 ? sectionOrder.length : at;
  };
  return [...bySection.entries()]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([sectionId, list]) => {
      const sorted = list.map((c, i) => ({ c, i })).sort((x, y) => rank(x.c) - rank(y.c) || x.c.at - y.c.at || x.i - y.i).map((x) => x.c);
      const shown = list.filter((c) => !c.hidden);
      return { sectionId, comments: sorted, answered: shown.filter((c) => c.answer).length, shown: shown.length };
    });
}
