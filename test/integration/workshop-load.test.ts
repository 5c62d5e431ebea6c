import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedUp, dataOf, signUp } from '../helpers/consultant.js';
import { subscribeSse } from '../helpers/sse.js';
import { type TestServer, startTestServer } from '../helpers/test-server.js';
import { join, openCheckup, startWorkshop, vote } from '../helpers/workshop.js';
import { REVEAL_QUESTION, WORKSHOP_UPDATED, type QuestionState, type Workshop } from '../helpers/workshop-operations.js';

const Q1 = 'strategy-documented';
const PARTICIPANTS = 60;
const ROLES = ['MANAGEMENT', 'SALES', 'OPERATIONS', 'MARKETING', 'CUSTOMER_CARE'];
const LEVELS = ['l0', 'l1', 'l2', 'l3', 'l4'];

type Updated = { workshopUpdated: Workshop };

// The rate limits stay ON: a room of 60 phones behind one address must fit in them.
describe('a workshop with 60 participants voting at once', () => {
  let server: TestServer;
  let consultant: SignedUp;
  let workshop: Workshop;

  beforeAll(async () => {
    server = await startTestServer();
    consultant = await signUp(server, { name: 'Dana de Vries', workspaceName: 'Bright Harbour' });
    workshop = await startWorkshop(consultant, await openCheckup(consultant));
  });
  afterAll(async () => server?.close());

  it('should count every vote exactly once, retried and changed ones included, and push 60 to the facilitator', async () => {
    const facilitator = await subscribeSse<Updated>(server.url, WORKSHOP_UPDATED, { workshopId: workshop.id }, { cookie: consultant.cookie });
    await facilitator.waitFor(() => true);

    const tokens = await Promise.all(Array.from({ length: PARTICIPANTS }, (_, i) => join(server, workshop.code, ROLES[i % ROLES.length]!)));
    const finalChoice = tokens.map((_, i) => LEVELS[i % LEVELS.length]!);
    await Promise.all(tokens.map(async (token, i) => {
      // A third change their mind, a third retry the same vote, a third vote once.
      if (i % 3 === 0) dataOf(await vote(server, token, Q1, LEVELS[(i + 2) % LEVELS.length]!));
      dataOf(await vote(server, token, Q1, finalChoice[i]!));
      if (i % 3 === 1) dataOf(await vote(server, token, Q1, finalChoice[i]!));
    }));

    const seen = await facilitator.waitFor((e) => e.data?.workshopUpdated.questions[0]!.voteCount === PARTICIPANTS, 20_000);
    expect(seen.data!.workshopUpdated.participantCount).toBe(PARTICIPANTS);
    // Nothing more is coming: the last event pushed shows all 60, never more.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const last = facilitator.events[facilitator.events.length - 1]!;
    expect(last.data!.workshopUpdated.questions[0]!.voteCount).toBe(PARTICIPANTS);
    expect(facilitator.events.every((e) => e.data!.workshopUpdated.questions[0]!.voteCount <= PARTICIPANTS)).toBe(true);
    // At most one push per change (60 joins, 60 votes, 20 changes, 20 retries) plus the first state;
    // changes arriving during a re-read are coalesced into one more.
    expect(facilitator.events.length).toBeLessThanOrEqual(PARTICIPANTS * 2 + 40 + 1);
    facilitator.close();

    const revealed = dataOf(await consultant.gql<{ revealQuestion: QuestionState }>(REVEAL_QUESTION, { workshopId: workshop.id, questionId: Q1 })).revealQuestion;
    expect(revealed.voteCount).toBe(PARTICIPANTS);
    const expected = LEVELS.map((level) => [level, finalChoice.filter((c) => c === level).length]);
    expect(revealed.distribution!.filter((d) => LEVELS.includes(d.optionId)).map((d) => [d.optionId, d.count])).toEqual(expected);
    const rows = (await server.dataSource.query(
      `SELECT COUNT(*) AS n FROM answer a INNER JOIN respondent r ON r.id = a.respondent_id WHERE r.workshop_id = '${workshop.id}' AND a.question_id = '${Q1}'`,
    )) as Array<{ n: string | number }>;
    expect(Number(rows[0]!.n)).toBe(PARTICIPANTS);
  });
});
