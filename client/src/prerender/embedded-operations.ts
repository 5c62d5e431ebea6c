import { AssessmentResult } from '../features/results/assessment-result';
import { RespondentSession } from '../features/respondent/respondent-store';

/**
 * The first query of each respondent page, by name, as the app sends it. The build writes them to
 * `dist/respondent-pages.json`; the server answers them inside the page's HTML
 * (`server/src/http/respondent-pages.ts`) and the app takes those answers instead of asking
 * (`app/embedded-responses.ts`).
 */
export const embeddedOperations: Record<string, string> = Object.fromEntries(
  [RespondentSession, AssessmentResult].map((operation) => {
    if (!operation.queryName) throw new Error('an embedded operation must be a named query');
    return [operation.queryName, operation.text];
  }),
);
