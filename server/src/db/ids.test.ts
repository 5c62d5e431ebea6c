import { describe, expect, it } from 'vitest';
import { timeOrderedIds } from './ids.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('timeOrderedIds', () => {
  it('should give UUIDv7 ids in strictly increasing order, past 4,096 in one millisecond', () => {
    const next = timeOrderedIds(Date.UTC(2026, 11, 2));
    const ids = Array.from({ length: 10_000 }, next);
    expect(ids.every((id) => UUID_V7.test(id))).toBe(true);
    expect(ids.every((id, i) => i === 0 || ids[i - 1]! < id)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('should carry its start time in the first 48 bits', () => {
    const start = Date.UTC(2026, 11, 2, 22, 30);
    const id = timeOrderedIds(start)();
    expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(start);
  });
});
