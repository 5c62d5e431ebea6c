import { createSSRApp } from 'vue';
import { createMemoryHistory } from 'vue-router';
import { renderToString } from 'vue/server-renderer';
import App from '../app/App.vue';
import { documentTitle } from '../app/document-title';
import { APP_LOCALES, directionOf, type AppLocale } from '../app/i18n';
import { messageFile } from '../app/locale-files';
import { activeLocale, mergeMessages, translate } from '../app/messages';
import { createAppRouter } from '../app/router';

export { APP_LOCALES };
export { embeddedOperations } from './embedded-operations';

export interface PrerenderedLanding {
  locale: AppLocale;
  dir: 'ltr' | 'rtl';
  /** The document title the app would set. */
  title: string;
  /** The app (header, landing page, footer) as the browser's first render would make it. */
  html: string;
}

/**
 * The landing page rendered by the app's own components at build time, in one language, for
 * `scripts/prerender-landing.mjs` (built with `vite build --ssr`). The browser then hydrates it.
 */
export async function renderLanding(locale: AppLocale): Promise<PrerenderedLanding> {
  const load = messageFile(locale, 'core');
  if (!load) throw new Error(`no core messages for ${locale}`);
  mergeMessages(locale, (await load()).default);
  activeLocale.value = locale;
  const router = createAppRouter(createMemoryHistory());
  const app = createSSRApp(App);
  app.use(router);
  await router.push('/');
  const titleKey = router.currentRoute.value.meta.titleKey;
  const html = await renderToString(app);
  return { locale, dir: directionOf(locale), title: documentTitle(titleKey ? translate(titleKey) : ''), html };
}
