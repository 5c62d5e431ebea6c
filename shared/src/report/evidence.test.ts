import { describe, expect, it } from 'vitest';
import { evidenceSentence } from './evidence.js';

const format = (v: number) => String(v);
const tagName = (tag: string) => `#${tag}`;

describe('evidenceSentence', () => {
  it.each([
    [{ kind: 'question', ref: 'q1', value: 1, subject: 'Prompt?' }, 'results.evidence.question', { subject: 'Prompt?', value: '1' }],
    [{ kind: 'question', ref: 'q1', value: null, subject: 'Prompt?' }, 'results.evidence.questionChoice', { subject: 'Prompt?' }],
    [{ kind: 'tag', ref: 'trust', value: 37.25, subject: 'trust' }, 'results.evidence.tag', { subject: '#trust', value: '37.3' }],
    [{ kind: 'overall', value: 41 }, 'results.evidence.overall', { subject: '', value: '41' }],
    [{ kind: 'flag', ref: 'MARKETING_DEFERRED', subject: 'Marketing comes later' }, 'results.evidence.flag', { subject: 'Marketing comes later', value: '–' }],
    [{ kind: 'somethingNew', ref: 'x', subject: 'X' }, 'results.evidence.other', { subject: 'X' }],
  ])('should render %o as %s', (evidence, key, params) => {
    expect(evidenceSentence(evidence, format, tagName)).toEqual({ key, params });
  });
});
