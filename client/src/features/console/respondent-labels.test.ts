import { describe, expect, it } from 'vitest';
import { invitationLabels } from './respondent-labels';

describe('invitationLabels', () => {
  it('should make one unlabelled link per requested respondent', () => {
    expect(invitationLabels('count', 3, 'ignored')).toEqual({ ok: true, labels: ['', '', ''] });
  });

  it('should refuse a count below one or above fifty', () => {
    expect(invitationLabels('count', 0, '')).toEqual({ ok: false, error: 'count' });
    expect(invitationLabels('count', 1.5, '')).toEqual({ ok: false, error: 'count' });
    expect(invitationLabels('count', 51, '')).toEqual({ ok: false, error: 'tooMany' });
  });

  it('should make one link per non-empty line, trimmed', () => {
    expect(invitationLabels('labels', 0, ' Anna (sales) \n\n  Marco\r\n')).toEqual({ ok: true, labels: ['Anna (sales)', 'Marco'] });
  });

  it('should refuse an empty list and more than fifty labels', () => {
    expect(invitationLabels('labels', 0, ' \n ')).toEqual({ ok: false, error: 'labels' });
    expect(invitationLabels('labels', 0, Array.from({ length: 51 }, (_, i) => `p${i}`).join('\n'))).toEqual({ ok: false, error: 'tooMany' });
  });
});
