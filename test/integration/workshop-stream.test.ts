import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedUp, dataOf, signUp } from '../helpers/consultant.js';
import { subscribeSse, type SseSubscription } from '../helpers/sse.js';
import { type TestServer, startTestServer } from '../helpers/test-server.js';
import { join, openCheckup, startWorkshop, vote } from '../helpers/workshop.js';
import {
  JOIN_WORKSHOP, REVEAL_QUESTION, SET_WORKSHOP_QUESTION, WORKSHOP_FOLLOW, WORKSHOP_PARTICIPANT, WORKSHOP_UPDATED, type FollowState, type Workshop,
} from '../helpers/workshop-operations.js';

const Q1 = 'strategy-documented';
const Q2 = 'strategy-shared-unambiguously';

type Updated = { workshopUpdated: Workshop };
type Followed = { workshopFollow: FollowState };

const votesOn = (questionId: string) => (event: { data?: Updated | null }) => event.data?.workshopUpdated.questions.find((q) => q.questionId === questionId)?.voteCount;

describe('workshop live updates over Server-Sent Events', () => {
  let server: TestServer;
  let consultant: SignedUp;
  let workshop: Workshop;
  const open: Array<SseSubscription<unknown>> = [];

  const facilitator = async (): Promise<SseSubscription<Updated>> => {
    const stream = await subscribeSse<Updated>(server.url, WORKSHOP_UPDATED, { workshopId: workshop.id }, { cookie: consultant.cookie });
    open.push(stream as SseSubscription<unknown>);
    return stream;
  };

  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
    consultant = await signUp(server, { name: 'Dana de Vries', workspaceName: 'Bright Harbour' });
    workshop = await startWorkshop(consultant, await openCheckup(consultant));
  });
  afterAll(async () => {
    for (const stream of open) stream.close();
    await server?.close();
  });

  it('should push the current state first, then a vote cast on another connection', async () => {
    const stream = await facilitator();
    const first = await stream.waitFor(() => true);
    expect(first.data!.workshopUpdated).toMatchObject({ id: workshop.id, state: 'ACTIVE', participantCount: 0 });
    const token = await join(server, workshop.code, 'SALES');
    await stream.waitFor((e) => e.data?.workshopUpdated.participantCount === 1);
    dataOf(await vote(server, token, Q1, 'l2'));
    const counted = await stream.waitFor((e) => votesOn(Q1)(e) === 1);
    expect(counted.data!.workshopUpdated.questions[0]!.distribution).toBeNull();
    stream.close();
  });

  it('should stop listening when the client goes away, and count a vote once after a reconnect', async () => {
    const stream = await facilitator();
    await stream.waitFor(() => true);
    const before = server.services.workshopEvents.listenerCount();
    expect(before).toBeGreaterThanOrEqual(1);
    stream.close();
    await expectEventually(() => server.services.workshopEvents.listenerCount() === before - 1);
    const token = await join(server, workshop.code, 'OPERATIONS');
    dataOf(await vote(server, token, Q1, 'l3'));
    // The phone did not hear back and retries: the same vote again.
    dataOf(await vote(server, token, Q1, 'l3'));
    const again = await facilitator();
    const first = await again.waitFor(() => true);
    expect(votesOn(Q1)(first)).toBe(2);
    again.close();
  });

  it('should let a phone follow the room: moves, votes and the reveal', async () => {
    const token = await join(server, workshop.code, 'MARKETING');
    const phone = await subscribeSse<Followed>(server.url, WORKSHOP_FOLLOW, { token });
    open.push(phone as SseSubscription<unknown>);
    const first = await phone.waitFor(() => true);
    expect(first.data!.workshopFollow).toMatchObject({ workshopId: workshop.id, state: 'ACTIVE', role: 'MARKETING', questionNumber: 1, revealed: false, myOptionId: null });
    dataOf(await vote(server, token, Q1, 'l4'));
    await phone.waitFor((e) => e.data?.workshopFollow.myOptionId === 'l4');
    dataOf(await consultant.gql(SET_WORKSHOP_QUESTION, { workshopId: workshop.id, questionId: Q2 }));
    await phone.waitFor((e) => e.data?.workshopFollow.currentQuestion?.id === Q2 && e.data.workshopFollow.questionNumber === 2);
    dataOf(await consultant.gql(REVEAL_QUESTION, { workshopId: workshop.id, questionId: Q2 }));
    await phone.waitFor((e) => e.data?.workshopFollow.currentQuestion?.id === Q2 && e.data.workshopFollow.revealed);
    phone.close();
  });

  it('should give a phone switched to another language its questions in that language, read or followed', async () => {
    dataOf(await consultant.gql(SET_WORKSHOP_QUESTION, { workshopId: workshop.id, questionId: Q1 }));
    type Question = NonNullable<FollowState['currentQuestion']>;
    const read = async (token: string, locale?: string): Promise<Question> =>
      dataOf(await server.gql<{ workshopParticipant: FollowState }>(WORKSHOP_PARTICIPANT, { token, locale })).workshopParticipant.currentQuestion!;
    const words = (question: Question) => [question.prompt, ...question.options.map((o) => o.label)];
    const joinIn = async (locale: string) =>
      dataOf(await server.gql<{ joinWorkshop: { token: string } }>(JOIN_WORKSHOP, { code: workshop.code, role: 'SALES', locale })).joinWorkshop.token;
    // Joined in the check-up's language (English). Phones that joined in Italian and Persian show the reference wording.
    const token = await join(server, workshop.code, 'SALES');
    const inItalian = await joinIn('IT');
    const inPersian = await joinIn('FA');
    const english = await read(token);
    expect(words(await read(inItalian))).not.toEqual(words(english));

    expect(words(await read(token, 'IT'))).toEqual(words(await read(inItalian)));
    // Only for that read: the language it joined with is kept.
    expect(words(await read(token))).toEqual(words(english));

    const phone = await subscribeSse<Followed>(server.url, WORKSHOP_FOLLOW, { token, locale: 'FA' });
    open.push(phone as SseSubscription<unknown>);
    const first = (await phone.waitFor(() => true)).data!.workshopFollow;
    expect(words(first.currentQuestion!)).toEqual(words(await read(inPersian)));
    // Later pushes come in that language too.
    dataOf(await consultant.gql(SET_WORKSHOP_QUESTION, { workshopId: workshop.id, questionId: Q2 }));
    const moved = (await phone.waitFor((e) => e.data?.workshopFollow.currentQuestion?.id === Q2)).data!.workshopFollow;
    expect(words(moved.currentQuestion!)).toEqual(words(await read(inPersian)));
    expect(words(moved.currentQuestion!)).not.toEqual(words(await read(token)));
    // Another phone of the same room, following at the same time without asking, keeps its own.
    const other = await subscribeSse<Followed>(server.url, WORKSHOP_FOLLOW, { token: inItalian });
    open.push(other as SseSubscription<unknown>);
    await other.waitFor((e) => e.data?.workshopFollow.currentQuestion?.id === Q2);
    dataOf(await consultant.gql(SET_WORKSHOP_QUESTION, { workshopId: workshop.id, questionId: Q1 }));
    const [persianNow, italianNow] = await Promise.all([
      phone.waitFor((e) => e.data?.workshopFollow.currentQuestion?.id === Q1),
      other.waitFor((e) => e.data?.workshopFollow.currentQuestion?.id === Q1),
    ]);
    expect(words(persianNow.data!.workshopFollow.currentQuestion!)).toEqual(words(await read(inPersian)));
    expect(words(italianNow.data!.workshopFollow.currentQuestion!)).toEqual(words(await read(inItalian)));
    phone.close();
    other.close();
  });

  it('should answer an error event, not a stream, for an unknown workshop, a stranger or a bad token', async () => {
    const missing = await subscribeSse<Updated>(server.url, WORKSHOP_UPDATED, { workshopId: '00000000-0000-0000-0000-000000000000' }, { cookie: consultant.cookie });
    expect((await missing.waitFor(() => true)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await missing.waitForComplete();
    const anonymous = await subscribeSse<Updated>(server.url, WORKSHOP_UPDATED, { workshopId: workshop.id });
    expect((await anonymous.waitFor(() => true)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const badToken = await subscribeSse<Followed>(server.url, WORKSHOP_FOLLOW, { token: 'not-a-token' });
    expect((await badToken.waitFor(() => true)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('should take subscriptions only, stream uncompressed and refuse the reservation mode', async () => {
    const query = await fetch(`${server.url}/graphql/stream`, {
      method: 'POST', headers: { accept: 'text/event-stream', 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(query.status).toBe(400);
    const reservation = await fetch(`${server.url}/graphql/stream`, { method: 'PUT', headers: { accept: 'text/plain' } });
    expect(reservation.status).toBeGreaterThanOrEqual(400);
    const reserved = await fetch(`${server.url}/graphql/stream`, {
      method: 'POST',
      headers: { accept: 'text/event-stream', 'content-type': 'application/json', 'x-graphql-event-stream-token': 'abc' },
      body: JSON.stringify({ query: WORKSHOP_UPDATED, variables: { workshopId: workshop.id } }),
    });
    expect(reserved.status).toBe(400);
    const controller = new AbortController();
    const response = await fetch(`${server.url}/graphql/stream`, {
      method: 'POST',
      headers: { accept: 'text/event-stream', 'content-type': 'application/json', 'accept-encoding': 'gzip, br', cookie: consultant.cookie },
      body: JSON.stringify({ query: WORKSHOP_UPDATED, variables: { workshopId: workshop.id } }),
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(['none', null]).toContain(response.headers.get('content-encoding'));
    expect(response.headers.get('cache-control')).toMatch(/no-(cache|store)/);
    controller.abort();
  });

  it('should complete open streams on shutdown instead of hanging', async () => {
    const stream = await facilitator();
    await stream.waitFor(() => true);
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(5_000);
    await stream.waitForComplete(1_000);
    server = undefined as unknown as TestServer;
  });
});

async function expectEventually(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  for (let waited = 0; waited < timeoutMs; waited += 25) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  expect(check()).toBe(true);
}
