import { createSSRApp } from 'vue';
import { createWebHistory } from 'vue-router';
import App from './app/App.vue';
import { appStylesheetReady } from './app/app-stylesheet';
import { peekEarlyIntent, takeOverEarlyIntent } from './app/early-intent';
import { discardEmbeddedResponses } from './app/embedded-responses';
import { currentLocale, hasChosenLocale, initialLocale, setLocale } from './app/i18n';
import { provideUrqlOnDemand } from './app/lazy-urql';
import { createAppRouter } from './app/router';
import { focusPageHeading } from './components/focus';
import './styles/main.css';

async function bootstrap(): Promise<void> {
  const container = document.querySelector<HTMLElement>('#app');
  if (!container) throw new Error('#app is missing from index.html');
  // A link followed or a language picked on the pre-rendered landing page before the app mounts
  // (public/early-intent.js) is carried out at mount: that page is then not hydrated but replaced.
  const early = peekEarlyIntent();
  // Load the chosen language before the first paint, so nothing flashes in English.
  // Only an explicit choice is remembered; a browser-derived default is not.
  const language = (early.locale ? setLocale(early.locale) : setLocale(initialLocale(), hasChosenLocale())).catch(() => setLocale('en', false));
  const router = createAppRouter(createWebHistory());
  // createSSRApp hydrates the pre-rendered landing page, or renders into an emptied container.
  const app = createSSRApp(App);
  provideUrqlOnDemand(app, router);
  // The first navigation (its page's code, messages and data) loads alongside the language.
  app.use(router);
  // Mount once both are there: one render and one paint with the page in it, rather than an
  // empty shell painted first and the page rendered in a second long task.
  const [stylesheetIn] = await Promise.all([appStylesheetReady(), language, router.isReady().catch(() => undefined)]);
  if (!stylesheetIn) {
    // No view of the app without its styles: the page's links load their pages whole instead
    // (each page links the stylesheet itself), starting with one followed meanwhile.
    const pending = takeOverEarlyIntent();
    if (pending.path) window.location.assign(pending.path);
    return;
  }
  // From here the app's own links and menu answer; what was asked meanwhile is carried out first
  // (after the first navigation, so following the link adds a history entry as it would have).
  const intent = takeOverEarlyIntent();
  if (intent.locale && intent.locale !== currentLocale()) await setLocale(intent.locale).catch(() => undefined);
  if (intent.path) await router.push(intent.path).catch(() => undefined);
  const prerendered = container.dataset['prerendered'];
  if (prerendered !== currentLocale() || router.currentRoute.value.name !== 'landing') container.replaceChildren();
  app.mount(container);
  // The first page has taken what the server embedded for it (its `meta.prepare` ran above).
  discardEmbeddedResponses();
  // The link the user followed is gone with the landing page: start at the new page's heading.
  if (intent.path) focusPageHeading();
}

void bootstrap();
