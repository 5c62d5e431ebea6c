import { describe, expect, it } from 'vitest';
import { clampPercent, scoreBand } from './score-band.js';

describe('scoreBand', () => {
  it.each([
    [0, 'low'],
    [39.4, 'low'],
    [39.6, 'mid'],
    [40, 'mid'],
    [69.4, 'mid'],
    [69.5, 'high'],
    [70, 'high'],
    [100, 'high'],
  ])('should put %d in the %s band', (score, band) => {
    expect(scoreBand(score)).toBe(band);
  });
});

describe('clampPercent', () => {
  it.each([
    [-5, 0],
    [0, 0],
    [42.5, 42.5],
    [130, 100],
  ])('should clamp %d to %d', (value, expected) => {
    expect(clampPercent(value)).toBe(expected);
  });
});
