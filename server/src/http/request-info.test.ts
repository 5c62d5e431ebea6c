import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { HttpRequestInfo } from './request-context.js';

/** A request whose address, protocol and host count how often Express would work them out. */
function countingRequest(values: { ip?: string; protocol?: string; host?: string }) {
  const reads = { ip: 0, protocol: 0, host: 0 };
  const req = {
    get ip() {
      reads.ip += 1;
      return values.ip;
    },
    get protocol() {
      reads.protocol += 1;
      return values.protocol ?? 'http';
    },
    get(name: string) {
      if (name === 'host') reads.host += 1;
      return name === 'host' ? values.host : undefined;
    },
  };
  return { req: req as unknown as Request, reads };
}

describe('HttpRequestInfo', () => {
  it('should work nothing out until asked, and each fact once', () => {
    const { req, reads } = countingRequest({ ip: '203.0.113.9', protocol: 'https', host: 'checkup.example' });
    const info = new HttpRequestInfo(req, null);
    expect(reads).toEqual({ ip: 0, protocol: 0, host: 0 });
    expect(info.ip).toBe('203.0.113.9');
    expect(info.ip).toBe('203.0.113.9');
    expect(info.origin).toBe('https://checkup.example');
    expect(info.origin).toBe('https://checkup.example');
    expect(reads).toEqual({ ip: 1, protocol: 1, host: 1 });
  });

  it('should point links at PUBLIC_URL when it is set, without reading the request', () => {
    const { req, reads } = countingRequest({ protocol: 'http', host: 'internal:4000' });
    expect(new HttpRequestInfo(req, 'https://omcheck.example').origin).toBe('https://omcheck.example');
    expect(reads.host + reads.protocol).toBe(0);
  });

  it('should fall back to "unknown" and localhost when the request does not say', () => {
    const { req } = countingRequest({});
    const info = new HttpRequestInfo(req, null);
    expect(info.ip).toBe('unknown');
    expect(info.origin).toBe('http://localhost');
  });
});
