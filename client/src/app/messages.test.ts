import { afterEach, describe, expect, it } from 'vitest';
import { activeLocale, formatMessage, formatNumber, hasMessage, mergeMessages, translate } from './messages';

describe('messages', () => {
  afterEach(() => {
    activeLocale.value = 'en';
  });

  it('should fill named placeholders and keep unknown ones', () => {
    expect(formatMessage('Section {current} of {total}', { current: '2', total: 7 })).toBe('Section 2 of 7');
    expect(formatMessage('{value}% answered {missing}', { value: 40 })).toBe('40% answered {missing}');
  });

  it('should translate in the active locale, merging groups, and fall back to the key', () => {
    mergeMessages('it', { app: { title: 'Titolo' } });
    mergeMessages('it', { review: { title: 'Riepilogo {n}' } });
    activeLocale.value = 'it';
    expect(translate('app.title')).toBe('Titolo');
    expect(translate('review.title', { n: 3 })).toBe('Riepilogo 3');
    expect(translate('app.missing')).toBe('app.missing');
    expect(translate('app')).toBe('app');
    expect(hasMessage('review.title')).toBe(true);
    expect(hasMessage('review')).toBe(false);
  });

  it('should format numbers like Intl, small whole numbers included', () => {
    for (const locale of ['en', 'it', 'nl', 'fa']) {
      activeLocale.value = locale;
      for (const value of [0, 7, 42, 999, 1000, 12345, 2.5, -3]) {
        expect(formatNumber(value), `${locale} ${value}`).toBe(new Intl.NumberFormat(locale).format(value));
      }
    }
    activeLocale.value = 'fa';
    expect(formatNumber(53)).toBe('۵۳');
  });
});
