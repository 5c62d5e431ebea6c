/**
 * How a change between two check-ups reads: rounded to whole points like the scores beside it,
 * signed, in the language's digits (Persian digits for `fa`), with a direction that never
 * depends on colour alone.
 */

export type ChangeDirection = 'up' | 'down' | 'same';

const signedFormats = new Map<string, Intl.NumberFormat>();

/** A change in whole points, rounded half away from zero so +0.5 and −0.5 look alike. */
export function roundChange(delta: number): number {
  const rounded = Math.sign(delta) * Math.round(Math.abs(delta));
  return rounded === 0 ? 0 : rounded;
}

/** Which way a change went once rounded to whole points; `same` for less than half a point. */
export function changeDirection(delta: number): ChangeDirection {
  const rounded = roundChange(delta);
  return rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'same';
}

/** "+5", "−3" or "0" in the locale's digits and minus sign. */
export function formatSignedChange(delta: number, locale: string): string {
  let format = signedFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 0 });
    signedFormats.set(locale, format);
  }
  return format.format(roundChange(delta));
}

/** The arrow drawn next to a change; it is decoration: the words say the same. */
export const CHANGE_ARROWS: Readonly<Record<ChangeDirection, string>> = { up: '▲', down: '▼', same: '■' };
