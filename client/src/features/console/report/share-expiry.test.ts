import { describe, expect, it } from 'vitest';
import { expiryFromDate, shareLinkState, todayIso } from './share-expiry';

describe('share link expiry', () => {
  it('should treat an empty date as no expiry', () => {
    expect(expiryFromDate('')).toBeNull();
  });

  it('should keep a link valid until the end of the chosen local day', () => {
    const iso = expiryFromDate('2027-01-15');
    expect(iso).toBeDefined();
    const end = new Date(iso!);
    expect([end.getFullYear(), end.getMonth() + 1, end.getDate(), end.getHours(), end.getMinutes()]).toEqual([2027, 1, 15, 23, 59]);
  });

  it.each(['15/01/2027', '2027-13-45x', 'tomorrow'])('should refuse %s', (value) => {
    expect(expiryFromDate(value)).toBeUndefined();
  });

  it('should write today as YYYY-MM-DD in local time', () => {
    expect(todayIso(new Date(2026, 2, 5, 23, 30))).toBe('2026-03-05');
  });

  it('should show revoked before expired, and active otherwise', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    expect(shareLinkState({ revokedAt: '2026-05-01T00:00:00Z', expiresAt: '2026-05-02T00:00:00Z' }, now)).toBe('REVOKED');
    expect(shareLinkState({ revokedAt: null, expiresAt: '2026-05-02T00:00:00Z' }, now)).toBe('EXPIRED');
    expect(shareLinkState({ revokedAt: null, expiresAt: null }, now)).toBe('ACTIVE');
    expect(shareLinkState({ expiresAt: '2026-07-01T00:00:00Z' }, now)).toBe('ACTIVE');
  });
});
