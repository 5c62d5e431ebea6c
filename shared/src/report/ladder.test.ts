import { describe, expect, it } from 'vitest';
import { ladderSentences, ladderView, shownScore, type LadderStep } from './ladder.js';

const THRESHOLD = 60;

function steps(scores: Array<number | null>): LadderStep[] {
  let climbing = true;
  return scores.map((score, i) => {
    climbing = climbing && score !== null && score >= THRESHOLD;
    return { stage: i + 1, label: `Stage ${i + 1}`, score, reached: climbing };
  });
}

describe('ladderView', () => {
  it('should mark a high later stage as not counted when an earlier stage is missing', () => {
    const view = ladderView(steps([62.5, 50, 50, 62.5]), THRESHOLD);
    expect(view.rungs.map((r) => r.status)).toEqual(['reached', 'notReached', 'notReached', 'notCounted']);
    expect(view.stage).toBe(1);
    expect(view.rungs.map((r) => r.current)).toEqual([true, false, false, false]);
    expect(view.blocker?.stage).toBe(2);
  });

  it('should stand nowhere and be blocked by stage 1 when nothing is reached', () => {
    const view = ladderView(steps([20, 80, null, 90]), THRESHOLD);
    expect(view.stage).toBe(0);
    expect(view.rungs.some((r) => r.current)).toBe(false);
    expect(view.rungs.map((r) => r.status)).toEqual(['notReached', 'notCounted', 'noData', 'notCounted']);
    expect(view.blocker?.stage).toBe(1);
  });

  it('should have no blocker when all four stages are reached', () => {
    const view = ladderView(steps([75, 87.5, 75, 87.5]), THRESHOLD);
    expect(view.stage).toBe(4);
    expect(view.blocker).toBeNull();
    expect(view.rungs[3]?.current).toBe(true);
  });

  it('should report an unanswered stage as the blocker', () => {
    const view = ladderView(steps([70, null, 90, 90]), THRESHOLD);
    expect(view.blocker).toMatchObject({ stage: 2, status: 'noData', shown: null });
  });

  it('should order rungs by stage whatever order they arrive in', () => {
    const view = ladderView([...steps([70, 65, 10, 0])].reverse(), THRESHOLD);
    expect(view.rungs.map((r) => r.stage)).toEqual([1, 2, 3, 4]);
    expect(view.stage).toBe(2);
  });
});

describe('shownScore', () => {
  it.each([
    [62.5, 63],
    [58.3, 58],
    [59.6, 59.6],
    [59.96, 59.9],
    [60, 60],
    [0, 0],
  ])('should show %d as %d against a threshold of 60', (score, shown) => {
    expect(shownScore(score, THRESHOLD)).toBe(shown);
  });
});

describe('ladderSentences', () => {
  const format = (v: number) => `#${v}`;

  it.each([
    [[62.5, 50, 50, 62.5], 'results.ladder.standsAt', { stage: '#1', label: 'Here' }, 'results.ladder.blocker', { stage: '#2', threshold: '#60', score: '#50' }],
    [[20, 80, 80, 80], 'results.ladder.notOnLadder', {}, 'results.ladder.blocker', { stage: '#1', threshold: '#60', score: '#20' }],
    [[70, null, 90, 90], 'results.ladder.standsAt', { stage: '#1', label: 'Here' }, 'results.ladder.blockerNoData', { stage: '#2' }],
    [[75, 87.5, 75, 87.5], 'results.ladder.standsAt', { stage: '#4', label: 'Here' }, 'results.ladder.allReached', {}],
  ] as const)('should describe the ladder %o', (scores, standingKey, standingParams, blockerKey, blockerParams) => {
    const sentences = ladderSentences(ladderView(steps([...scores]), THRESHOLD), THRESHOLD, 'Here', format);
    expect(sentences.standing).toEqual({ key: standingKey, params: standingParams });
    expect(sentences.blocker).toEqual({ key: blockerKey, params: blockerParams });
  });
});

describe('ladderSentences with scoring 1.1 stage distances', () => {
  it('should tell a company one step short of a stage exactly that', () => {
    const oneStep = steps([58.3, 75, 75, 75]).map((s, i) => ({ ...s, withinOneStep: i === 0 }));
    const { blocker } = ladderSentences(ladderView(oneStep, THRESHOLD), THRESHOLD, 'Here', (v) => `#${v}`);
    expect(blocker).toEqual({ key: 'results.ladder.blockerOneStep', params: { stage: '#1', threshold: '#60', score: '#58' } });
  });
});
