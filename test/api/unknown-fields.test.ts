import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { apiRoutes } from '../../api/http/app.js';
import type { AnyRoute } from '../../api/http/route.js';
import { strictInput } from '../../api/http/strict-input.js';
import { as, personas } from '../support/personas.js';
import { apiOnDate } from '../support/api-on-date.js';

const service = apiOnDate('2026-11-24T09:00:00+01:00');
const { api, chief } = service;

const entry = {
  date: '2026-11-20',
  area: 'Torget',
  category: 'klotter',
  source: 'est',
  sourceName: 'EST',
  description: 'Klotter på bänkarna',
};
const entryCount = async () =>
  (await api().get('/api/situation/entries').query({ limit: 1 }).set(chief).expect(200)).body.total as number;

describe('a field or parameter the API does not know', () => {
  it('refuses a new entry with a misspelt field, names it, and stores nothing', async () => {
    const before = await entryCount();
    const { body } = await api()
      .post('/api/situation/entries')
      .set(chief)
      .send({ ...entry, newPhenomenom: true })
      .expect(400);
    expect(body.error).toBe('validation');
    expect(body.message).toBe('Ogiltigt värde i innehållet: okända fält: newPhenomenom');
    expect(body.messageEn).toBe('Invalid value in the body: unknown fields: newPhenomenom');
    expect(await entryCount()).toBe(before);
    await api().post('/api/situation/entries').set(chief).send(entry).expect(201);
  });

  it('refuses one inside a list of the body, naming where it is', async () => {
    const { departments } = (await api().get('/api/departments').set(chief).expect(200)).body;
    const social = departments.find((d: { name: string }) => d.name === 'Socialförvaltningen').id;
    const head = as(personas.socialHead);
    const form = (await api().get(`/api/cycles/2026/reports/${social}`).set(head).expect(200)).body;
    const content = {
      situation: 'Oro kring stationsområdet.',
      observations: [{ area: 'Stationen', category: 'otrygg plats', description: 'Mörkt', beskrivning: 'Mörkt' }],
      actions: form.actions.map((a: { id: string }) => ({ actionId: a.id, progress: 'inProgress', comment: '' })),
      proposals: [],
    };
    const { body } = await api().put(`/api/cycles/2026/reports/${social}`).set(head).send({ content }).expect(400);
    expect(body.issues).toContainEqual({
      field: 'content.observations.0',
      message: 'okända fält: beskrivning',
      messageEn: 'unknown fields: beskrivning',
    });
    const after = (await api().get(`/api/cycles/2026/reports/${social}`).set(head).expect(200)).body;
    expect(after.content).toEqual(form.content);
  });

  it('refuses one in a part of the plan, whose schema the address chooses', async () => {
    const { body } = await api()
      .put('/api/action-plans/2026/parts/2')
      .set(chief)
      .set('If-Match', '"1,1"')
      .send({ signs: [{ id: 'a', sign: 'Skolk', svar: 'Samtal' }] })
      .expect(400);
    expect(body.message).toBe('Ogiltigt värde i innehållet: signs.0: okända fält: svar');
  });

  it('refuses a query parameter the route does not know, rather than answer unfiltered', async () => {
    const misspelt = await api().get('/api/situation/entries').query({ kategori: 'klotter' }).set(chief).expect(400);
    expect(misspelt.body.message).toBe('Ogiltigt värde i frågeparametrarna: okända fält: kategori');
    const none = await api().get('/api/departments').query({ namn: 'Social' }).set(chief).expect(400);
    expect(none.body.messageEn).toBe('Invalid value in the query: unknown fields: namn');
    const known = await api().get('/api/situation/entries').query({ category: 'klotter', limit: 5 }).set(chief);
    expect(known.status).toBe(200);
    expect(known.body.entries.every((e: { category: string }) => e.category === 'klotter')).toBe(true);
  });

  it('is refused by every route that takes a body, as the router checks it', () => {
    // The plan's parts take any object here and are held to their part's schema in the handler (above).
    const byAddress = (route: AnyRoute) => route.path === '/api/action-plans/{year}/parts/{part}';
    const withBody = apiRoutes(service.server.ctx).filter((route) => route.body && !byAddress(route));
    expect(withBody.length).toBeGreaterThan(30);
    for (const route of withBody) {
      const issues = strictInput(route.body as z.ZodType).safeParse({ zzOkäntFält: 1 }).error?.issues ?? [];
      expect(
        issues.some((issue) => issue.code === 'unrecognized_keys' && issue.keys.includes('zzOkäntFält')),
        `${route.method.toUpperCase()} ${route.path}`,
      ).toBe(true);
    }
  });
});
