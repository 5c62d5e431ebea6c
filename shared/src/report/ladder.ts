/** One rung as the API gives it. */
export interface LadderStep {
  stage: number;
  label: string;
  /** Mean 0–100 of the stage's questions, or null when unanswered. */
  score: number | null;
  /** True when this stage and every earlier one reach the threshold. */
  reached: boolean;
  /** Scoring 1.1: one answer one level higher would reach the threshold. */
  withinOneStep?: boolean;
}

/**
 * reached · below the threshold · at or above the threshold but an earlier stage is missing
 * (stage-gated, seed 003) · no answers.
 */
export type RungStatus = 'reached' | 'notReached' | 'notCounted' | 'noData';

export interface LadderRung extends LadderStep {
  status: RungStatus;
  /** The highest reached stage: where the company stands. */
  current: boolean;
  /** The score as shown: whole, or one decimal when rounding would lift it onto the threshold. */
  shown: number | null;
}

export interface LadderView {
  rungs: LadderRung[];
  /** 0–4: how many stages are reached in a row from the first. */
  stage: number;
  /** The first stage not reached, which blocks the climb; null when all are reached. */
  blocker: LadderRung | null;
}

/** A score for display against a threshold: never rounds a miss up to the threshold. */
export function shownScore(score: number, threshold: number): number {
  const whole = Math.round(score);
  return score < threshold && whole >= threshold ? Math.floor(score * 10) / 10 : whole;
}

function statusOf(step: LadderStep, threshold: number): RungStatus {
  if (step.reached) return 'reached';
  if (step.score === null) return 'noData';
  return step.score >= threshold ? 'notCounted' : 'notReached';
}

/**
 * The customer-focus ladder for display: each rung's status, where the company stands and what
 * blocks the next stage. Steps may arrive in any order; rungs come out by stage.
 */
export function ladderView(steps: readonly LadderStep[], threshold: number): LadderView {
  const sorted = [...steps].sort((a, b) => a.stage - b.stage);
  let stage = 0;
  for (const step of sorted) {
    if (!step.reached) break;
    stage = step.stage;
  }
  const rungs = sorted.map((step) => ({
    ...step,
    status: statusOf(step, threshold),
    current: step.stage === stage,
    shown: step.score === null ? null : shownScore(step.score, threshold),
  }));
  return { rungs, stage, blocker: rungs.find((r) => r.status !== 'reached') ?? null };
}

/** A message key and its parameters (numbers already formatted for the UI language). */
export interface LadderSentence {
  key: string;
  params: Record<string, string>;
}

/**
 * Where the company stands on the ladder and what blocks the next stage, as translatable
 * sentences (`results.ladder.*`); `format` renders numbers in the UI language.
 */
export function ladderSentences(
  view: LadderView,
  threshold: number,
  stageLabel: string,
  format: (value: number) => string,
): { standing: LadderSentence; blocker: LadderSentence } {
  const standing: LadderSentence =
    view.stage === 0
      ? { key: 'results.ladder.notOnLadder', params: {} }
      : { key: 'results.ladder.standsAt', params: { stage: format(view.stage), label: stageLabel } };
  const rung = view.blocker;
  let blocker: LadderSentence;
  if (!rung) blocker = { key: 'results.ladder.allReached', params: {} };
  else if (rung.shown === null) blocker = { key: 'results.ladder.blockerNoData', params: { stage: format(rung.stage) } };
  else if (rung.withinOneStep && rung.status === 'notReached') {
    blocker = { key: 'results.ladder.blockerOneStep', params: { stage: format(rung.stage), threshold: format(threshold), score: format(rung.shown) } };
  } else blocker = { key: 'results.ladder.blocker', params: { stage: format(rung.stage), threshold: format(threshold), score: format(rung.shown) } };
  return { standing, blocker };
}
