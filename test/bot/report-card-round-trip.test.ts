import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAdaptiveCard } from '../support/adaptive-cards.js';
import { as, personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { cardOf, executeCardAction, inputsOf, say } from './bot-client.js';

let server: TestServer;
const alex = { aadObjectId: personas.socialHead, name: 'Alex Wilber' };
const head = as(personas.socialHead);

beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-24T09:00:00+01:00' });
});
afterAll(async () => {
  await server.close();
});

type Card = { actions: { verb?: string; data?: Record<string, string> }[] };

/** What Teams sends on a submit: every input of the card with its value, and the action's own data. */
function submitted(card: Card, changes: Record<string, string> = {}): Record<string, unknown> {
  const values = Object.fromEntries(
    [...inputsOf(card).entries()].map(([id, input]) => [id, typeof input.value === 'string' ? input.value : '']),
  );
  return { ...values, ...card.actions.find((a) => a.verb === 'submitDepartmentReport')!.data, ...changes };
}

describe('a report written in the tab, then answered on the card', () => {
  it('keeps what the card shows and what it does not change, and puts a refusal beside its own action', async () => {
    const { departmentId } = (await request(server.url).get('/api/cycles/2026/reports').set(head).expect(200)).body
      .departments[0];
    const form = (await request(server.url).get(`/api/cycles/2026/reports/${departmentId}`).set(head).expect(200)).body;
    const [first, second] = form.actions as { id: string }[];
    await request(server.url)
      .put(`/api/cycles/2026/reports/${departmentId}`)
      .set(head)
      .send({
        content: {
          situation: 'Oro vid stationen',
          observations: [
            {
              area: 'Stationsområdet',
              category: 'otrygg-plats',
              description: 'Unga samlas vid kiosken sent på kvällen',
              newPhenomenon: false,
            },
          ],
          actions: [
            { actionId: first!.id, progress: 'done', comment: '' },
            { actionId: second!.id, progress: 'inProgress', comment: '' },
          ],
          proposals: [],
        },
        submit: false,
      })
      .expect(200);

    const card = cardOf(await say(server.url, alex, 'rapportera')) as unknown as Card;
    expect(parseAdaptiveCard(card).problems).toEqual([]);
    expect(inputsOf(card).get('obs_0_description')?.value).toBe('Unga samlas vid kiosken sent på kvällen');

    // A personal identity number in the first action's comment: the refusal stands in that action's rows, not
    // the other's (the service names the comment by its place in the report, the card its input by the action).
    const refused = await executeCardAction(
      server.url,
      alex,
      'submitDepartmentReport',
      submitted(card, { [`action_${first!.id}_comment`]: 'Gäller 19121212-1212' }),
    );
    const body = JSON.stringify(refused.value);
    const firstAt = body.indexOf(`action_${first!.id}_comment`);
    const secondAt = body.indexOf(`action_${second!.id}_comment`);
    const [before, after] = firstAt < secondAt ? [firstAt, secondAt] : [secondAt, firstAt];
    const rowsOf = (at: number) => (at === before ? body.slice(before, after) : body.slice(after, after + 600));
    // Said as the card says everything: Swedish, then English.
    expect(rowsOf(firstAt)).toContain('personnummer eller samordningsnummer; ta bort numret');
    expect(rowsOf(firstAt)).toContain(' / the text contains a Swedish personal identity number or coordination number');
    expect(rowsOf(secondAt)).not.toContain('personnummer');

    await executeCardAction(server.url, alex, 'submitDepartmentReport', submitted(card));
    const saved = (await request(server.url).get(`/api/cycles/2026/reports/${departmentId}`).set(head).expect(200))
      .body;
    expect(saved.status).toBe('submitted');
    expect(saved.content.observations[0].description).toBe('Unga samlas vid kiosken sent på kvällen');
  });
});
