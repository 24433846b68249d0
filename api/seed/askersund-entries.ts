import type { SituationEntry } from '../domain/situation/entry.js';

const places = [
  'Resecentrum',
  'Torget',
  'Stadsparken',
  'Hamnen',
  'Alléskolan',
  'Hembygdsparken',
  'Åmmeberg',
  'Olshammar',
  'Sundsbro idrottsplats',
];
const categories = [
  'skadegorelse',
  'klotter',
  'nedskrapning',
  'otrygg-plats',
  'ordningsstorning',
  'stold-inbrott',
  'fordon-buskorning',
  'narkotika',
  'vald',
  'hot-mot-anstalld',
];
const descriptions: Record<string, string> = {
  skadegorelse: 'Krossad glasruta i väntkur',
  klotter: 'Klotter på fasad och elskåp',
  nedskrapning: 'Nedskräpning efter helgen',
  'otrygg-plats': 'Dålig belysning, personal upplever platsen otrygg kvällstid',
  ordningsstorning: 'Högljudda grupper sent på kvällen',
  'stold-inbrott': 'Inbrott i förråd',
  'fordon-buskorning': 'Buskörning med moped',
  narkotika: 'Fynd av narkotikarelaterat skräp',
  vald: 'Misshandel utomhus, polisanmäld',
  'hot-mot-anstalld': 'Hot mot personal i tjänst',
};
const newPhenomena: Omit<
  SituationEntry,
  'importId' | 'importKey' | 'departmentId' | 'actorId' | 'bob' | 'count' | 'categoryText' | 'preliminary'
>[] = [
  {
    date: '2025-08-14',
    area: 'Hamnen',
    category: 'skadegorelse',
    source: 'est',
    sourceName: 'EST',
    description: 'Elsparkcyklar kastas i sjön vid bryggan',
    newPhenomenon: true,
  },
  {
    date: '2026-03-02',
    area: 'Resecentrum',
    category: 'ordningsstorning',
    source: 'police',
    sourceName: 'Polisen',
    description: 'Unga samlas vid laddstationerna och stör resenärer',
    newPhenomenon: true,
  },
  {
    date: '2026-09-18',
    area: 'Alléskolan',
    category: 'narkotika',
    source: 'other',
    sourceName: 'Elevhälsan',
    description: 'Försäljning av nikotinpåsar till unga via sociala medier',
    newPhenomenon: true,
  },
];

/** A deterministic year and a half of Askersund's lägesbild, so the demo has something to show and compile. */
export function demoEntries(): Omit<SituationEntry, 'importId' | 'importKey'>[] {
  let seed = 20_260_124;
  const next = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor(seed / 65_536) % n; // the high bits: an LCG's low bits repeat quickly
  };
  const entries: Omit<SituationEntry, 'importId' | 'importKey'>[] = [];
  for (let day = Date.UTC(2025, 0, 3); day <= Date.UTC(2026, 10, 20); day += 86_400_000 * (1 + next(3))) {
    const category = categories[Math.min(next(12), categories.length - 1)]!;
    const area = places[Math.min(next(11), places.length - 1)]!;
    const source = (['est', 'est', 'est', 'police', 'other'] as const)[next(5)]!;
    entries.push({
      date: new Date(day).toISOString().slice(0, 10),
      area,
      category,
      categoryText: '',
      source,
      sourceName: source === 'est' ? 'EST' : source === 'police' ? 'Polisen' : 'Fastighetsförvaltningen',
      departmentId: null,
      actorId: null,
      description: descriptions[category]!,
      newPhenomenon: false,
      bob: false,
      count: 1,
      preliminary: false,
    });
  }
  return [
    ...entries,
    ...newPhenomena.map((entry) => ({
      ...entry,
      categoryText: '',
      departmentId: null,
      actorId: null,
      bob: false,
      count: 1,
      preliminary: false,
    })),
  ];
}
