import { shallowRef } from 'vue';
import { client } from '../../app/urql';
import { ViewerDocument, type ViewerFieldsFragment } from '../../gql/graphql';

/** The signed-in user and their workspaces; null when signed out or not known yet. */
export const viewer = shallowRef<ViewerFieldsFragment | null>(null);
let known = false;

/**
 * Asks the server who is signed in (the session is an httpOnly cookie, so only the server
 * knows). Cached for the page's lifetime unless `force`. A failed request counts as signed out.
 */
export async function loadViewer(force = false): Promise<ViewerFieldsFragment | null> {
  if (known && !force) return viewer.value;
  const result = await client.query(ViewerDocument, {}, { requestPolicy: 'network-only' }).toPromise();
  viewer.value = result.data?.viewer ?? null;
  known = !result.error;
  return viewer.value;
}

/** Stores the viewer returned by signIn/signUp. */
export function setViewer(next: ViewerFieldsFragment | null): void {
  viewer.value = next;
  known = true;
}

/** Forgets the viewer (after signing out or a session that expired). */
export function forgetViewer(): void {
  viewer.value = null;
  known = false;
}
