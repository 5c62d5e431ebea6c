import { apiLocale, requestedLocale } from '../../app/i18n';
import { client } from '../../app/urql';
import { AssessmentResultDocument } from '../../gql/graphql';

/**
 * Fetches a private link's result into urql's cache while the results page's code loads, so the
 * page renders once, complete (route `meta.prepare`); always from the network, as answers may
 * have changed since the last visit.
 */
export async function prepareResult(token: string): Promise<void> {
  await client.query(AssessmentResultDocument, { token, locale: apiLocale(requestedLocale()) }, { requestPolicy: 'network-only' }).toPromise();
}
