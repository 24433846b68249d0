import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textLimits } from '../../api/domain/text-limits.js';
import { cardSizeLimitBytes, parseAdaptiveCard } from '../support/adaptive-cards.js';
import { personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { cardOf, executeCardAction, inputsOf, say } from './bot-client.js';
import { startLocalConnector, type LocalConnector } from './local-connector.js';

let server: TestServer;
let connector: LocalConnector;
const alex = { aadObjectId: personas.socialHead, name: 'Alex Wilber' };
const karin = { aadObjectId: personas.securityChief, name: 'Karin Ek' };

beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-24T09:00:00+01:00' });
  connector = await startLocalConnector();
  // The säkerhetschef has the bot installed: her conversation lives at the local connector.
  await say(server.url, karin, 'hjälp', { serviceUrl: connector.serviceUrl });
});
afterAll(async () => {
  await connector.close();
  await server.close();
});

type Card = {
  body: unknown[];
  actions: { type: string; verb?: string; data?: Record<string, string>; fallback?: { type: string } }[];
};

/** Posts the card's Action.Execute the way Teams does: an adaptiveCard/action invoke. */
const execute = (person: { aadObjectId: string; name: string }, verb: string, data: Record<string, unknown>) =>
  executeCardAction(server.url, person, verb, data);

describe('the November report as an Adaptive Card', () => {
  let card: Card;
  let actionIds: string[];

  it('answers "rapportera" with a valid card 1.5 under the size limit, with Action.Execute and a fallback', async () => {
    card = cardOf(await say(server.url, alex, 'rapportera')) as unknown as Card;
    const parsed = parseAdaptiveCard(card);
    expect(parsed.problems).toEqual([]);
    expect(parsed.version).toBe('1.5');
    expect(parsed.sizeBytes).toBeLessThan(cardSizeLimitBytes);
    const submit = card.actions.find((a) => a.verb === 'submitDepartmentReport')!;
    expect(submit.type).toBe('Action.Execute');
    expect(submit.fallback?.type).toBe('Action.Submit');
    expect(JSON.stringify(card)).toContain('Socialförvaltningen');
    actionIds = [...inputsOf(card).keys()]
      .filter((id) => /^action_\d+_progress$/.test(id))
      .map((id) => id.split('_')[1]!);
    expect(actionIds).toHaveLength(2);
    expect(inputsOf(card).has('situation')).toBe(true);
    // Categories are a choice from the lägesbild's list, with "Annat – beskriv" and a field for the head's own word.
    const category = inputsOf(card).get('obs_0_category')!;
    expect(category.type).toBe('Input.ChoiceSet');
    const choices = category.choices as { title: string; value: string }[];
    expect(choices[0]).toEqual({ title: 'Skadegörelse', value: 'skadegorelse' });
    expect(choices.at(-1)).toEqual({ title: 'Annat – beskriv / Other – describe', value: 'annat' });
    expect(inputsOf(card).get('obs_0_other')?.type).toBe('Input.Text');
  });

  it('caps each text input at what the service takes, so Teams stops the typing where a save would be refused', () => {
    const inputs = inputsOf(card);
    const maxLengths = (pattern: RegExp) =>
      [...inputs.entries()].filter(([id]) => pattern.test(id)).map(([, input]) => input.maxLength);
    expect(inputs.get('situation')?.maxLength).toBe(textLimits.report);
    for (const pattern of [/^obs_\d+_description$/, /^action_\d+_comment$/, /^proposal_\d+$/]) {
      const found = maxLengths(pattern);
      expect(found.length, String(pattern)).toBeGreaterThan(0);
      expect(new Set(found), String(pattern)).toEqual(new Set([textLimits.comment]));
    }
  });

  it('shows what to fix beside the field and stores nothing', async () => {
    const submit = card.actions.find((a) => a.verb === 'submitDepartmentReport')!;
    const answer = await execute(alex, 'submitDepartmentReport', {
      ...submit.data,
      situation: '',
      proposal_0: 'Fler vuxna ute',
    });
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    const text = JSON.stringify(answer.value);
    expect(text).toContain('beskriv förvaltningens lägesbild');
    expect(text).toContain('Fler vuxna ute');
    expect(parseAdaptiveCard(answer.value).problems).toEqual([]);
    const missingActions = await execute(alex, 'submitDepartmentReport', {
      ...submit.data,
      situation: 'Lugnt men oro vid stationen',
    });
    expect(JSON.stringify(missingActions.value)).toContain('ange status för åtgärden');
    const undescribed = await execute(alex, 'submitDepartmentReport', {
      ...submit.data,
      situation: 'Lugnt',
      obs_0_area: 'Sjön',
      obs_0_category: 'annat',
    });
    expect(JSON.stringify(undescribed.value)).toContain('beskriv kategorin med ett eller några ord');
    const personal = await execute(alex, 'submitDepartmentReport', {
      ...submit.data,
      situation: 'Pojken 19900101-0017 syns ofta',
    });
    expect(JSON.stringify(personal.value)).toContain('personnummer');
    const stored = await server.ctx.store.queryItems('departmentReports', {});
    expect(stored.items).toHaveLength(0);
  });

  it('stores one report for a double click, replaces the card with a receipt and tells the säkerhetschef', async () => {
    const submit = card.actions.find((a) => a.verb === 'submitDepartmentReport')!;
    const data = {
      ...submit.data,
      situation: 'Oro kring stationsområdet på kvällstid.',
      obs_0_area: 'Stationsområdet',
      obs_0_category: 'otrygg-plats',
      obs_0_new: 'true',
      obs_1_area: 'Sjön',
      obs_1_category: 'annat',
      obs_1_other: 'Snöskoter på isen',
      [`action_${actionIds[0]}_progress`]: 'done',
      [`action_${actionIds[1]}_progress`]: 'inProgress',
      [`action_${actionIds[1]}_comment`]: 'Startar i januari',
      proposal_0: 'Fältassistenter fredagskvällar',
    };
    const [first, second] = await Promise.all([
      execute(alex, 'submitDepartmentReport', data),
      execute(alex, 'submitDepartmentReport', data),
    ]);
    for (const answer of [first, second]) {
      const text = JSON.stringify(answer.value);
      expect(text).toContain('Rapporten är mottagen');
      expect(text).toContain('Alex Wilber');
      expect(text).toContain('editDepartmentReport');
      expect(parseAdaptiveCard(answer.value).problems).toEqual([]);
    }
    const stored = await server.ctx.store.queryItems('departmentReports', {});
    expect(stored.items).toHaveLength(1);
    expect(stored.items[0]!.fields).toMatchObject({ status: 'submitted', submittedBy: personas.socialHead });
    const notices = await connector.received(1);
    expect(
      notices.filter((n) => String(n.body.text).includes('Socialförvaltningen har lämnat sin rapport')),
    ).toHaveLength(1);
  });

  it('lets the head change the answer until the deadline', async () => {
    const again = await execute(alex, 'editDepartmentReport', { year: '2026' });
    const inputs = inputsOf(again.value);
    expect(inputs.get('situation')?.value).toBe('Oro kring stationsområdet på kvällstid.');
    expect(inputs.get('obs_0_new')?.value).toBe('true');
    expect(inputs.get('obs_0_category')?.value).toBe('otrygg-plats');
    expect(inputs.get('obs_1_category')?.value).toBe('annat');
    expect(inputs.get('obs_1_other')?.value).toBe('Snöskoter på isen');
  });

  it('keeps the head’s own word in the lägesbild for the säkerhetschef to map, never silently Övrigt', async () => {
    const entries = await request(server.url)
      .get('/api/situation/entries')
      .query({ area: 'Sjön' })
      .set({ 'X-Dev-Persona': personas.securityChief })
      .expect(200);
    expect(entries.body.entries).toEqual([
      expect.objectContaining({
        area: 'Sjön',
        category: 'ovrigt',
        categoryText: 'Snöskoter på isen',
        source: 'department',
      }),
    ]);
    const station = await request(server.url)
      .get('/api/situation/entries')
      .query({ area: 'Stationsområdet' })
      .set({ 'X-Dev-Persona': personas.securityChief })
      .expect(200);
    expect(station.body.entries).toEqual([expect.objectContaining({ category: 'otrygg-plats', categoryText: '' })]);
  });

  it('does not let a card made before a later save overwrite it: it shows the latest version instead', async () => {
    const stale = card.actions.find((a) => a.verb === 'submitDepartmentReport')!;
    const before = (await server.ctx.store.queryItems('departmentReports', {})).items[0]!;
    const answer = await execute(alex, 'submitDepartmentReport', {
      ...stale.data,
      submissionId: 'card-stale-0001',
      situation: 'Gammalt kort',
    });
    expect(JSON.stringify(answer.value)).toContain('sparats av någon annan');
    expect(inputsOf(answer.value).get('situation')?.value).toBe('Oro kring stationsområdet på kvällstid.');
    const after = (await server.ctx.store.queryItems('departmentReports', {})).items[0]!;
    expect(after.etag).toBe(before.etag);

    const fresh = await execute(alex, 'editDepartmentReport', { year: '2026' });
    const submit = (fresh.value as Card).actions.find((a) => a.verb === 'submitDepartmentReport')!;
    expect(submit.data?.reportEtag).toBe(before.etag);
  });

  it('lists the heads the bot cannot reach to the säkerhetschef', async () => {
    const overview = await request(server.url)
      .get('/api/cycles/2026/reports')
      .set({ 'X-Dev-Persona': personas.securityChief })
      .expect(200);
    const reachable = Object.fromEntries(
      overview.body.departments.map((d: { name: string; reachable: boolean }) => [d.name, d.reachable]),
    );
    expect(reachable.Socialförvaltningen).toBe(true);
    expect(reachable.Folkhälsoteamet).toBe(false);
  });

  it('answers "status" with what is due and when', async () => {
    const [reply] = await say(server.url, alex, 'status');
    expect(reply?.text).toContain('senast 2026-11-30, inlämnad');
    const [chief] = await say(server.url, karin, 'status', { serviceUrl: connector.serviceUrl });
    expect(chief?.text).toContain('Förvaltningarnas återrapportering');
  });

  it('tells someone who heads no department that the report is not theirs', async () => {
    const [reply] = await say(server.url, { aadObjectId: personas.police, name: 'Jonas Wik' }, 'rapportera');
    expect(reply?.text).toContain('du står inte som chef för någon förvaltning');
  });

  it('sends a department with more actions than a card holds to the tab instead', async () => {
    const { body } = await request(server.url).get('/api/departments').set({ 'X-Dev-Persona': personas.securityChief });
    const school = body.departments.find((d: { name: string }) => d.name === 'Barn- och utbildningsförvaltningen');
    for (let i = 0; i < 60; i += 1) {
      await server.ctx.store.createItem(
        'planActions',
        {
          year: 2026,
          title: `Åtgärd nummer ${i} med en ganska lång beskrivande titel för att fylla kortet`,
          departmentId: school.id,
          part: 1,
        },
        'test',
      );
    }
    const big = cardOf(await say(server.url, { aadObjectId: personas.schoolHead, name: 'Maria Berg' }, 'rapportera'));
    const text = JSON.stringify(big);
    expect(text).toContain('fler än ett kort rymmer');
    expect(text).toContain('/#/rapporter');
    expect(parseAdaptiveCard(big).problems).toEqual([]);
  });
});

describe('a reminder in the chat', () => {
  it('reaches the head with the report card attached, and the card can be answered', async () => {
    const { createReminderService } = await import('../../api/context.js');
    const reminderDay = await startTestServer({ now: '2026-11-16T08:00:00+01:00' });
    const chat = await startLocalConnector();
    try {
      const maria = { aadObjectId: personas.schoolHead, name: 'Maria Berg' };
      await say(reminderDay.url, maria, 'hjälp', { serviceUrl: chat.serviceUrl });
      const run = await createReminderService(reminderDay.ctx, reminderDay.bot.reminderSender, 'test').runOnce();
      expect(run.sent).toBe(1);
      // The other six heads and the säkerhetschef (reminded of the police agreement) have never talked to the bot.
      expect(run.unreachable).toBe(7);
      const [message] = await chat.received(1);
      expect(String(message!.body.text)).toContain(
        'Påminnelse: rapporten från Barn- och utbildningsförvaltningen till säkerhetschefen',
      );
      expect(String(message!.body.text)).toContain('om 14 dagar');
      const attachments = message!.body.attachments as { contentType: string; content: Card }[];
      expect(attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(parseAdaptiveCard(attachments[0]!.content).problems).toEqual([]);
      const again = await createReminderService(reminderDay.ctx, reminderDay.bot.reminderSender, 'test').runOnce();
      expect(again.sent).toBe(0);
    } finally {
      await chat.close();
      await reminderDay.close();
    }
  });
});
