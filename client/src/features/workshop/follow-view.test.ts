import { describe, expect, it } from 'vitest';
import type { WorkshopFollowFieldsFragment } from '../../gql/graphql';
import { participantView, workshopErrorKey } from './follow-view';

const question = {
  id: 'q1',
  kind: 'MATURITY',
  prompt: 'How do you plan together?',
  help: '',
  options: [
    { id: 'o1', kind: 'LEVEL', label: 'Not at all', score: 1 },
    { id: 'o2', kind: 'LEVEL', label: 'Monthly', score: 3 },
  ],
} satisfies WorkshopFollowFieldsFragment['currentQuestion'];

function state(overrides: Partial<WorkshopFollowFieldsFragment> = {}): WorkshopFollowFieldsFragment {
  return {
    workshopId: 'w1', state: 'ACTIVE', role: 'SALES', questionNumber: 2, questionCount: 9, revealed: false, forMyRole: true,
    myOptionId: null, consensusOptionId: null, currentQuestion: question, ...overrides,
  };
}

describe('participantView', () => {
  it.each([
    ['an open question', state(), 'voting'],
    ['a revealed question', state({ revealed: true }), 'closed'],
    ['a question for other roles', state({ forMyRole: false }), 'notForRole'],
    ['no current question', state({ currentQuestion: null, questionNumber: null }), 'waiting'],
    ['an ended workshop', state({ state: 'ENDED' }), 'ended'],
  ])('should show %s as %s', (_label, input, phase) => {
    expect(participantView(input, undefined).phase).toBe(phase);
  });

  it('should show my unsent choice over the server\'s older vote while voting is open', () => {
    expect(participantView(state({ myOptionId: 'o1' }), { optionId: 'o2', acknowledged: false })).toMatchObject({ selectedOptionId: 'o2', selectedSaved: false });
    expect(participantView(state({ myOptionId: 'o1' }), { optionId: 'o2', acknowledged: true })).toMatchObject({ selectedOptionId: 'o2', selectedSaved: true });
  });

  it('should show the server\'s vote after the reveal when my last choice was not acknowledged', () => {
    expect(participantView(state({ myOptionId: 'o1', revealed: true }), { optionId: 'o2', acknowledged: false }).selectedOptionId).toBe('o1');
    expect(participantView(state({ myOptionId: 'o1', revealed: true }), { optionId: 'o2', acknowledged: true }).selectedOptionId).toBe('o2');
  });

  it('should show the server\'s vote after a reload (no local vote) and the consensus once recorded', () => {
    const view = participantView(state({ myOptionId: 'o1', revealed: true, consensusOptionId: 'o2' }), undefined);
    expect(view).toMatchObject({ selectedOptionId: 'o1', selectedSaved: true, consensusOptionId: 'o2', questionNumber: 2, questionCount: 9 });
  });

  it('should show no question and no vote once the workshop has ended', () => {
    expect(participantView(state({ state: 'ENDED', myOptionId: 'o1' }), undefined)).toMatchObject({ question: null, questionNumber: null, consensusOptionId: null });
  });
});

describe('workshopErrorKey', () => {
  it.each([
    ['NOT_FOUND', null, 'workshop.errors.notFound'],
    ['CONFLICT', 'QUESTION_REVEALED', 'workshop.errors.questionRevealed'],
    ['BAD_USER_INPUT', 'NOT_FOR_ROLE', 'workshop.errors.notForRole'],
    ['BAD_USER_INPUT', null, 'workshop.errors.badInput'],
    ['RATE_LIMITED', null, 'workshop.errors.rateLimited'],
    ['NETWORK', null, 'workshop.errors.network'],
    ['FORBIDDEN', null, 'workshop.errors.unexpected'],
  ])('should map %s (%s) to %s', (code, reason, key) => {
    expect(workshopErrorKey(code, reason)).toBe(key);
  });
});
