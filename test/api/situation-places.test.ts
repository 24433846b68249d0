import { describe, expect, it } from 'vitest';
import { apiOnDate } from '../support/api-on-date.js';
import { as, personas } from '../support/personas.js';

const { api, chief } = apiOnDate('2026-11-24T09:00:00+01:00');

const entry = (area: string, bob = false) => ({
  date: '2026-11-20',
  area,
  category: 'klotter',
  source: 'est',
  sourceName: 'EST',
  description: 'Klotter på en vägg',
  bob,
});
const placesOf = async (headers: Record<string, string>) =>
  (await api().get('/api/situation/places').set(headers).expect(200)).body.places as string[];

describe('the places offered when an entry is written', () => {
  it('offers the map’s areas and the places counted, each once, and BOB entries’ places to the group alone', async () => {
    const areas = (await api().get('/api/situation/areas').set(chief).expect(200)).body.map.areas as { name: string }[];
    await api().post('/api/situation/entries').set(chief).send(entry('Kvarnbacken')).expect(201);
    await api().post('/api/situation/entries').set(chief).send(entry('Kvarnbacken')).expect(201);
    await api().post('/api/situation/entries').set(chief).send(entry('kvarnbacken')).expect(201);
    await api().post('/api/situation/entries').set(chief).send(entry('Hemliga gränden', true)).expect(201);

    const reader = await placesOf(as(personas.reader));
    expect(reader).toEqual(expect.arrayContaining([...areas.map((area) => area.name), 'Kvarnbacken']));
    expect(reader).not.toContain('kvarnbacken');
    expect(reader).not.toContain('Hemliga gränden');
    expect(reader).toEqual([...reader].sort((a, b) => a.localeCompare(b, 'sv')));
    expect(await placesOf(as(personas.socialHead))).toEqual(reader);

    const member = await placesOf(chief);
    expect(member).toContain('Hemliga gränden');
    expect(member.filter((place) => place !== 'Hemliga gränden')).toEqual(reader);
  });
});
