import { createApp } from 'vue';
import App from './app/App.vue';
import { hasChosenLocale, i18n, initialLocale, setLocale } from './app/i18n';
import { router } from './app/router';
import './styles/main.css';

async function bootstrap(): Promise<void> {
  // Load the chosen language before the first paint, so nothing flashes in English.
  // Only an explicit choice is remembered; a browser-derived default is not.
  await setLocale(initialLocale(), hasChosenLocale()).catch(() => setLocale('en', false));
  createApp(App).use(i18n).use(router).mount('#app');
}

void bootstrap();
