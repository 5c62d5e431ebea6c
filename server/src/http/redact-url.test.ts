import { describe, expect, it } from 'vitest';
import { redactUrl } from './request-log.js';

describe('redactUrl', () => {
  it.each([
    ['/r/abcDEF123_-/results', '/r/[redacted]/results'],
    ['/r/abc', '/r/[redacted]'],
    ['/s/share-token/report.pdf?locale=fa', '/s/[redacted]/report.pdf?[redacted]'],
    ['/join/secret-token?x=1', '/join/[redacted]?[redacted]'],
    ['/w/ABC234', '/w/[redacted]'],
    ['/graphql?query=q&variables=%7B%22token%22%3A%22abc%22%7D', '/graphql?[redacted]'],
    ['/graphql', '/graphql'],
    ['/console/w1/clients', '/console/w1/clients'],
  ])('should log %s as %s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
  });
});
