import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAdaptiveCard } from '../support/adaptive-cards.js';
import { personas } from '../support/personas.js';
import { teamsActivity } from '../support/teams-activity.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { cardOf, cardsOf, exchange, say } from './bot-client.js';

let server: TestServer;
const alex = { aadObjectId: personas.socialHead, name: 'Alex Wilber' };

beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-24T09:00:00+01:00' });
});
afterAll(() => server.close());

type Action = { verb?: string; data?: Record<string, string> };

/** The submit action's data of the card `rapportera` answers with, each action marked done: what the card sends back. */
async function cardData(): Promise<Record<string, string>> {
  const card = cardOf(await say(server.url, alex, 'rapportera')) as { actions: Action[] };
  const progress = [...JSON.stringify(card).matchAll(/"id":"(action_\d+_progress)"/g)].map(([, id]) => [id!, 'done']);
  return {
    ...card.actions.find((action) => action.verb === 'submitDepartmentReport')!.data!,
    ...Object.fromEntries(progress),
  };
}

/** An Action.Execute the way Teams posts it. */
async function execute(verb: string, data: unknown) {
  const response = await request(server.url)
    .post('/api/messages')
    .send(
      teamsActivity(alex, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      }),
    );
  return { status: response.status, body: response.body as { statusCode: number; type: string; value: unknown } };
}

const stored = async () => (await server.ctx.store.queryItems('departmentReports', {})).items;

describe('a card from before', () => {
  it('answers an unknown verb, another year’s card or data that is no form with the card as it is now', async () => {
    const current = await cardData();
    for (const [verb, data] of [
      ['submitDepartmentReportV0', current],
      ['submitDepartmentReport', { ...current, year: '2025', situation: 'Förra årets kort' }],
      ['submitDepartmentReport', { ...current, departmentId: '999', situation: 'En annan förvaltnings kort' }],
      ['submitDepartmentReport', 'inte ett formulär'],
      ['submitDepartmentReport', ['inte', 'ett', 'formulär']],
    ] as const) {
      const answer = await execute(verb, data);
      expect(answer.status, verb).toBe(200);
      expect(answer.body.type, verb).toBe('application/vnd.microsoft.card.adaptive');
      const text = JSON.stringify(answer.body.value);
      expect(text).toContain('Kortet du svarade på är inaktuellt, så inget sparades.');
      expect(text).toContain('submitDepartmentReport');
      expect(parseAdaptiveCard(answer.body.value).problems).toEqual([]);
    }
    expect(await stored()).toEqual([]);
  });

  it('takes the card’s Action.Submit fallback, sent as a message, as the report', async () => {
    const replies = await exchange(server.url, alex, {
      type: 'message',
      value: { verb: 'submitDepartmentReport', ...(await cardData()), situation: 'Lugnt i stort, oro vid stationen.' },
    });
    const receipt = JSON.stringify(cardOf(replies));
    expect(receipt).toContain('Rapporten är mottagen');
    expect((await stored()).map((item) => item.fields.status)).toEqual(['submitted']);
    const stale = await exchange(server.url, alex, { type: 'message', value: { verb: 'gammaltVerb' } });
    expect(JSON.stringify(cardsOf(stale))).toContain('Kortet du svarade på är inaktuellt');
  });
});
