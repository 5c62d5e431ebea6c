import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'cookie';
import type express from 'express';
import { LOCALES, isLocale, type Locale } from '@omcheck/shared';

/**
 * The client writes the language a user picked here as well as in localStorage, so the server
 * can send the landing page pre-rendered in it (`client/scripts/prerender-landing.mjs`).
 */
export const LOCALE_COOKIE = 'omcheck_locale';

/** The pre-rendered landing page of a language, as the client build writes it. */
export const prerenderedLandingFile = (distDir: string, locale: Locale): string => path.join(distDir, `landing.${locale}.html`);

/** The language the user picked in the app (its cookie), if any. */
export function chosenLocale(cookieHeader: string | undefined): Locale | null {
  const chosen = cookieHeader ? parse(cookieHeader)[LOCALE_COOKIE] : undefined;
  return chosen !== undefined && isLocale(chosen) ? chosen : null;
}

/**
 * The language the client will start in (`client/src/app/locale-choice.ts`): the user's choice,
 * else the first of the browser's languages (by preference) that we speak, else English.
 */
export function landingLocale(cookieHeader: string | undefined, acceptLanguage: string | undefined): Locale {
  const chosen = chosenLocale(cookieHeader);
  if (chosen) return chosen;
  const preferred = (acceptLanguage ?? '')
    .split(',')
    .map((entry, index) => {
      const [tag = '', ...params] = entry.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', weight: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.weight > 0)
    // Highest weight first; equal weights keep the order the browser sent them in.
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return preferred.map((entry) => entry.base).find(isLocale) ?? 'en';
}

/**
 * `GET /`: the landing page pre-rendered in the visitor's language, so it shows before the app's
 * code has run; the app then hydrates it. Falls through to the SPA's index.html when the build
 * has no pre-rendered pages.
 */
export function landingPageRoute(distDir: string): express.RequestHandler {
  const files = new Map(LOCALES.map((locale) => [locale, prerenderedLandingFile(distDir, locale)]));
  return (req, res, next) => {
    if (req.path !== '/') return next();
    const locale = landingLocale(req.headers.cookie, req.headers['accept-language']);
    const file = files.get(locale);
    if (!file || !fs.existsSync(file)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept-Language, Cookie');
    res.setHeader('Content-Language', locale);
    res.sendFile(file);
  };
}
