import { describe, expect, it } from 'vitest';
import { clip, historyLine } from './plan-history';

const status = (v: string) => v.toLowerCase();

describe('historyLine', () => {
  it('should describe a status change with translated statuses', () => {
    expect(historyLine({ userName: 'Dana', field: 'status', fromValue: 'PROPOSED', toValue: 'ACCEPTED' }, status)).toEqual({
      key: 'status', params: { name: 'Dana', from: 'proposed', to: 'accepted' },
    });
  });

  it('should tell an edit from a reset to the rule text', () => {
    expect(historyLine({ userName: 'Dana', field: 'title', fromValue: 'a', toValue: 'b' }, status).key).toBe('titleEdited');
    expect(historyLine({ userName: 'Dana', field: 'body', fromValue: 'a', toValue: null }, status).key).toBe('bodyReset');
  });

  it('should describe action items, their status and other fields', () => {
    expect(historyLine({ userName: 'D', field: 'actionItem', toValue: 'Call the partner' }, status)).toEqual({ key: 'actionItemAdded', params: { name: 'D', title: 'Call the partner' } });
    expect(historyLine({ userName: 'D', field: 'actionItem.status', fromValue: 'OPEN', toValue: 'DONE' }, status).params['to']).toBe('done');
    expect(historyLine({ userName: 'D', field: 'actionItem.owner', fromValue: null, toValue: 'Ann' }, status)).toEqual({
      key: 'actionItemChanged', params: { name: 'D', field: 'owner', from: '–', to: 'Ann' },
    });
  });

  it('should fall back for a field it does not know', () => {
    expect(historyLine({ userName: 'D', field: 'priority' }, status)).toEqual({ key: 'other', params: { name: 'D', field: 'priority' } });
  });
});

describe('clip', () => {
  it('should collapse spaces and cut long values with an ellipsis', () => {
    expect(clip('  a \n b ')).toBe('a b');
    expect(clip('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(clip(null)).toBe('');
  });
});
