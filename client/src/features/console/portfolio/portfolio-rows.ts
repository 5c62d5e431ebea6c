import type { PortfolioQuery } from '../../../gql/graphql';
import type { Page } from '../paged-list';

type Entry = PortfolioQuery['portfolio']['nodes'][number];

/** A portfolio row: an entry keyed by its client, as the "Load more" list keeps rows. */
export type PortfolioRow = Entry & { id: string };

/** The API's page with each entry keyed by its client's id. */
export function portfolioPage(page: PortfolioQuery['portfolio']): Page<PortfolioRow> {
  return { ...page, nodes: page.nodes.map((entry) => ({ ...entry, id: entry.organization.id })) };
}
