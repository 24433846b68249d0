import { describe, expect, it } from 'vitest';
import { gatherEntries } from './annual.js';
import { knownPlaces, offeredPlacesLimit, withPlacesAlike } from './places.js';

const counted = (area: string, count: number) => ({ date: '2026-03-01', area, category: 'klotter', count });

describe('places written alike', () => {
  it('shows each place under the spelling counted most, then the first in Swedish order', () => {
    const entries = [counted('torget', 2), counted('Torget', 1), counted('Hamnen', 1), counted('HAMNEN', 1)];
    expect(withPlacesAlike(entries).map((entry) => entry.area)).toEqual(['torget', 'torget', 'Hamnen', 'Hamnen']);
  });

  it('leaves entries as they are when every place is written one way', () => {
    const entries = [counted('Torget', 2), counted('Hamnen', 1)];
    expect(withPlacesAlike(entries)).toBe(entries);
  });

  it('gives the year one row per place', () => {
    const { byArea } = gatherEntries([counted('Torget', 3), counted('torget ', 1), counted('Hamnen', 1)], []);
    expect(byArea).toEqual([
      { area: 'Torget', count: 4, preliminary: false },
      { area: 'Hamnen', count: 1, preliminary: false },
    ]);
  });

  it('offers the map’s areas as the map names them, then the counted places no area names', () => {
    const places = knownPlaces(
      [counted('torget', 3), counted('Torget', 1), counted('Åmmeberg', 2), counted('Hamnen', 5), counted(' ', 4)],
      ['Hamnen', 'Alléskolan'],
    );
    expect(places).toEqual(['Alléskolan', 'Hamnen', 'torget', 'Åmmeberg']);
  });

  it('offers the most counted places when there are more than a list can hold', () => {
    const many = Array.from({ length: offeredPlacesLimit + 10 }, (_, i) => counted(`Plats ${i}`, i + 1));
    const places = knownPlaces(many, []);
    expect(places).toHaveLength(offeredPlacesLimit);
    expect(places).toContain(`Plats ${offeredPlacesLimit + 9}`);
    expect(places).not.toContain('Plats 0');
  });
});
