import { describe, expect, it } from 'vitest';
import { landingLocale } from './landing-page.js';

describe('landingLocale', () => {
  it('should take the language the user picked (the cookie) over the browser languages', () => {
    expect(landingLocale('a=1; omcheck_locale=fa', 'it-IT,it;q=0.9')).toBe('fa');
  });

  it('should ignore a cookie that names no language of ours', () => {
    expect(landingLocale('omcheck_locale=de', 'nl-NL,nl;q=0.9')).toBe('nl');
  });

  it('should take the first browser language we speak, by weight, then in the order sent', () => {
    expect(landingLocale(undefined, 'de-DE,de;q=0.9,it;q=0.8,nl;q=0.8')).toBe('it');
    expect(landingLocale(undefined, 'nl;q=0.5,fa-IR;q=0.7')).toBe('fa');
    expect(landingLocale(undefined, 'en-GB, fa')).toBe('en');
  });

  it('should skip languages with weight 0 and fall back to English', () => {
    expect(landingLocale(undefined, 'it;q=0, de')).toBe('en');
    expect(landingLocale(undefined, undefined)).toBe('en');
    expect(landingLocale('', '')).toBe('en');
  });
});
