/** The document's title for a page title (the app's name alone when the page has none). */
export function documentTitle(pageTitle: string): string {
  return pageTitle ? `${pageTitle} · OM Check-up` : 'OM Check-up';
}
