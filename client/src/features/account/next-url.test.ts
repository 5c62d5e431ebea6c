import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-url';

describe('safeNextPath', () => {
  it('should keep a path inside the app', () => {
    expect(safeNextPath('/console/w1/clients/o1?x=1')).toBe('/console/w1/clients/o1?x=1');
  });

  it.each([undefined, null, '', 'console', 'https://evil.example', '//evil.example', '/\\evil.example', '/a\nb', ['/x']])(
    'should fall back to the console for %j',
    (next) => {
      expect(safeNextPath(next)).toBe('/console');
    },
  );
});
