import { describe, expect, it } from 'vitest';
import { createDataSource } from './data-source.js';

describe('createDataSource', () => {
  it('should open as many PostgreSQL connections at most as the configured pool size', () => {
    const dataSource = createDataSource({ type: 'postgres', url: 'postgres://db.invalid/omcheck', poolSize: 3 });
    expect(dataSource.options.type).toBe('postgres');
    expect((dataSource.options as { extra?: { max?: number } }).extra).toEqual({ max: 3 });
  });
});
