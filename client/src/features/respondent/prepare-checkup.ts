import { apiLocale, requestedLocale } from '../../app/i18n';
import { prefetchQuestionnaireContent } from './questionnaire-content';
import { respondentStore } from './respondent-store';

/**
 * Loads what the wizard and the review page show for a private link (the session, which brings
 * the content in the respondent's language, and the content in the UI language if that differs)
 * while the page's code loads, so the page renders once, complete (route `meta.prepare`).
 */
export async function prepareCheckup(token: string): Promise<void> {
  const store = respondentStore(token);
  if (!store.loaded.value) await store.load();
  const questionnaire = store.questionnaire.value;
  if (questionnaire) await prefetchQuestionnaireContent({ ...questionnaire, locale: apiLocale(requestedLocale()) });
}
