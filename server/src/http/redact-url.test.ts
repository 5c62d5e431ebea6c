import { describe, expect, it } from 'vitest';
import { redactUrl } from './app.js';

describe('redactUrl', () => {
  it.each([
    ['/r/abcDEF123_-/results', '/r/[redacted]/results'],
    ['/r/abc', '/r/[redacted]'],
    ['/join/secret-token?x=1', '/join/[redacted]?x=1'],
    ['/graphql', '/graphql'],
    ['/console/w1/clients', '/console/w1/clients'],
  ])('should log %s as %s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
  });
});
