import { outcomeView, type OutcomeView } from './outcome-view.js';
import type { Localized, WorkshopState } from './types.js';
import { evaluationSummary } from './views.js';

/** One evaluation question as the report prints it: its text, how many gave 1..5, the mean. */
export interface ReportQuestion {
  id: string;
  text: Localized;
  /** Index 0 = score 1. */
  counts: number[];
  mean: number | null;
}

/**
 * What GET /api/workshops/:id/outcome returns: the organiser's report. The outcome view is
 * free of personal data; the evaluation is its figures only. Free-text comments stay in the
 * console: people write them in confidence, and a printed report travels further.
 */
export interface ReportData {
  outcome: OutcomeView;
  evaluation: { responses: number; questions: ReportQuestion[] };
  /** Server time the report was made. */
  generatedAt: number;
}

export function reportData(state: WorkshopState, now: number): ReportData {
  // The projector's summary: the same figures as the console's, without the comments.
  const summary = evaluationSummary(state, 'screen');
  const questions = state.setup.evaluation.map((q): ReportQuestion => {
    const found = summary.questions.find((s) => s.id === q.id);
    return { id: q.id, text: q.text, counts: found?.counts ?? [0, 0, 0, 0, 0], mean: found?.mean ?? null };
  });
  return { outcome: outcomeView(state), evaluation: { responses: summary.responses, questions }, generatedAt: now };
}
