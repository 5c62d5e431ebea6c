import { isAppLocale, type AppLocale } from './locale-choice';

/** What `public/early-intent.js` kept from before the app started. */
interface EarlyIntentState {
  path: string | null;
  locale: string | null;
  active: boolean;
}

declare global {
  interface Window {
    omcheckEarlyIntent?: EarlyIntentState;
  }
}

export interface EarlyIntent {
  /** A link of the app the user followed (`/start`, `/sign-in`…). */
  path: string | null;
  /** A language picked in the language menu. */
  locale: AppLocale | null;
}

/** What the user asked for so far; kept for `takeOverEarlyIntent` too. */
export function peekEarlyIntent(): EarlyIntent {
  const state = window.omcheckEarlyIntent;
  const path = state?.path ?? null;
  return {
    path: path?.startsWith('/') && !path.startsWith('//') ? path : null,
    locale: isAppLocale(state?.locale) ? state.locale : null,
  };
}

/**
 * The app takes over the page's links and menu: the early handlers stop (the app's own handle
 * what follows), and what the user asked for until now is returned for the app to carry out.
 */
export function takeOverEarlyIntent(): EarlyIntent {
  const intent = peekEarlyIntent();
  const state = window.omcheckEarlyIntent;
  if (state) state.active = false;
  document.documentElement.classList.remove('app-starting');
  for (const link of document.querySelectorAll('a[aria-busy="true"]')) link.removeAttribute('aria-busy');
  return intent;
}
