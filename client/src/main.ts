import { createApp } from 'vue';
import App from './app/App.vue';
import { hasChosenLocale, initialLocale, setLocale } from './app/i18n';
import { provideUrqlOnDemand } from './app/lazy-urql';
import { router } from './app/router';
import './styles/main.css';

async function bootstrap(): Promise<void> {
  // Load the chosen language before the first paint, so nothing flashes in English.
  // Only an explicit choice is remembered; a browser-derived default is not.
  const language = setLocale(initialLocale(), hasChosenLocale()).catch(() => setLocale('en', false));
  const app = createApp(App);
  provideUrqlOnDemand(app, router);
  // The first navigation (its page's code, messages and data) loads alongside the language.
  app.use(router);
  // Mount once both are there: one render and one paint with the page in it, rather than an
  // empty shell painted first and the page rendered in a second long task.
  await Promise.all([language, router.isReady().catch(() => undefined)]);
  app.mount('#app');
}

void bootstrap();
