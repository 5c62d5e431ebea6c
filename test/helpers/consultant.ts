import { randomBytes } from 'node:crypto';
import { SIGN_IN, SIGN_UP } from './consultant-operations.js';
import { type GraphQLResponse, type TestServer, postGraphQL } from './test-server.js';

/** A browser-like client: keeps the session cookie the server set. */
export interface SessionClient {
  cookie: string;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

export interface SignedUp extends SessionClient {
  userId: string;
  email: string;
  password: string;
  workspaceId: string;
}

export const TEST_PASSWORD = 'harbour-lights-tuesday';

/** The `name=value` part of the session cookie among Set-Cookie headers. */
export function sessionCookieOf(setCookies: readonly string[]): string {
  const header = setCookies.find((c) => c.startsWith('omcheck_session='));
  if (!header) throw new Error(`no session cookie in ${JSON.stringify(setCookies)}`);
  return header.split(';')[0]!;
}

export function clientWithCookie(graphqlUrl: string, cookie: string): SessionClient {
  return { cookie, gql: (query, variables) => postGraphQL(graphqlUrl, query, variables, { cookie }) };
}

/** A unique email per call, so tests never collide. */
export function uniqueEmail(prefix = 'consultant'): string {
  return `${prefix}.${randomBytes(4).toString('hex')}@example.test`;
}

/** Signs a new consultant up (with a workspace of their own, or by invitation) and keeps the cookie. */
export async function signUp(
  server: Pick<TestServer, 'graphqlUrl'>,
  input: { name?: string; email?: string; workspaceName?: string | null; invitationToken?: string } = {},
): Promise<SignedUp> {
  const email = input.email ?? uniqueEmail();
  const response = await postGraphQL<{ signUp: { user: { id: string }; workspaces: Array<{ id: string }> } }>(server.graphqlUrl, SIGN_UP, {
    input: {
      name: input.name ?? 'Test Consultant',
      email,
      password: TEST_PASSWORD,
      workspaceName: input.workspaceName === undefined ? 'Test Consultancy' : input.workspaceName,
      invitationToken: input.invitationToken ?? null,
    },
  });
  if (response.errors) throw new Error(`sign-up failed: ${JSON.stringify(response.errors)}`);
  const cookie = sessionCookieOf(response.setCookies);
  return {
    ...clientWithCookie(server.graphqlUrl, cookie),
    userId: response.data!.signUp.user.id,
    email,
    password: TEST_PASSWORD,
    workspaceId: response.data!.signUp.workspaces[0]!.id,
  };
}

/** Signs in again: a second, independent session of the same user. */
export async function signIn(graphqlUrl: string, email: string, password = TEST_PASSWORD): Promise<SessionClient> {
  const response = await postGraphQL(graphqlUrl, SIGN_IN, { input: { email, password } });
  if (response.errors) throw new Error(`sign-in failed: ${JSON.stringify(response.errors)}`);
  return clientWithCookie(graphqlUrl, sessionCookieOf(response.setCookies));
}

/** Throws with the errors when a response has any; returns its data. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return response.data!;
}

/** The `extensions.code` of the first error. */
export function codeOf(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
