import { demoPlanActions, demoPlanYear } from './askersund-plan.js';

/** The council of December 2025 that the demo's decided 2026 plan took its part-4 actions from. */
export const demoCouncilYear = demoPlanYear - 1;

/** The id a part-4 action of the demo plan carries as its origin, so the plan and the minutes agree. */
export const demoCommitmentId = (title: string) => `demo-${demoCouncilYear}-${title.length}`;

export const demoCouncilActors = [
  'Polisen, lokalpolisområde Askersund',
  'Näringslivsrådet',
  'AB Askersundsbostäder',
  'Svenska kyrkan, Askersunds församling',
  'Föreningsrådet',
];

/** Who committed to what in the 2025 minutes: the plan's part-4 actions and one police commitment. */
export const demoCommitments = [
  ...demoPlanActions
    .filter((action) => action.part === 4)
    .map((action) => ({
      id: demoCommitmentId(action.title),
      department: action.department ?? null,
      actor: action.actor ?? null,
      what: action.title,
      byWhen: `${demoPlanYear}-09-30`,
    })),
  {
    id: `demo-${demoCouncilYear}-polis`,
    department: null,
    actor: 'Polisen, lokalpolisområde Askersund',
    what: 'Synlig närvaro vid resecentrum fredag och lördag kväll',
    byWhen: `${demoPlanYear}-12-31`,
  },
];

export const demoDecisions = [
  'Rådet ställer sig bakom den samlade lägesbilden för 2025.',
  'Trygghetsvandring vid stationsområdet genomförs under våren 2026.',
];

export const demoAgreements = [
  {
    actor: 'Polisen, lokalpolisområde Askersund',
    title: 'Samverkansöverenskommelse mellan Askersunds kommun och Polisen',
    signedOn: '2024-02-01',
    validUntil: '2027-01-31',
    note: 'Medborgarlöften tas fram årligen inom ramen för överenskommelsen.',
  },
  {
    actor: 'AB Askersundsbostäder',
    title: 'Överenskommelse om trygghetsarbete i bostadsområden',
    signedOn: '2025-05-12',
    validUntil: null,
    note: '',
  },
];
