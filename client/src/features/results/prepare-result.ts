import { apiLocale, requestedLocale } from '../../app/i18n';
import { fetchAssessmentResult } from './assessment-result';

/**
 * Fetches a private link's result while the results page's code loads, so the page renders
 * once, complete (route `meta.prepare`); always from the network, as answers may have changed
 * since the last visit.
 */
export async function prepareResult(token: string): Promise<void> {
  await fetchAssessmentResult(token, apiLocale(requestedLocale()));
}
