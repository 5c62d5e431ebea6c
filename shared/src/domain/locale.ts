import { z } from 'zod';

/** The four languages of the product: the seeds' own languages. English is the source. */
export const LOCALES = ['en', 'it', 'nl', 'fa'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

/** Locales written right-to-left. */
export const RTL_LOCALES: ReadonlySet<Locale> = new Set<Locale>(['fa']);

/** Text in every locale; English is required, the others fall back to it until translated. */
export const localizedTextSchema = z.object({
  en: z.string().trim().min(1),
  it: z.string().trim().min(1).optional(),
  nl: z.string().trim().min(1).optional(),
  fa: z.string().trim().min(1).optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Picks the text for `locale`, falling back to English when that locale is missing. */
export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text.en;
}

/** True when `value` is one of the supported locales. */
export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
