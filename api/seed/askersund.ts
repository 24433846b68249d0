import type { ActorInput, PersonInput } from '../domain/organisation.js';

/**
 * Demo data for local mode: Askersund, the municipality whose plan the product follows.
 * The people are invented; "Alex Wilber" carries the Agents Playground's default user id so the
 * playground acts as a department head without any setup.
 */
export const playgroundUserId = '00000000-0000-0000-0000-0000000000020';

const id = (n: number) => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;

export const demoPeople: PersonInput[] = [
  { objectId: id(1), displayName: 'Karin Ek', title: 'Säkerhetschef', email: 'karin.ek@askersund.example', roles: ['SecurityChief', 'BobMember'] },
  { objectId: id(2), displayName: 'Anders Holm', title: 'Kommundirektör', email: 'anders.holm@askersund.example', roles: ['Reader', 'BobMember'] },
  { objectId: id(3), displayName: 'Eva Lund', title: 'Kommunstyrelsens ordförande', email: 'eva.lund@askersund.example', roles: ['Reader', 'BobMember'] },
  { objectId: playgroundUserId, displayName: 'Alex Wilber', title: 'Socialchef', email: 'alex.wilber@askersund.example', roles: ['DepartmentHead'] },
  { objectId: id(11), displayName: 'Maria Berg', title: 'Barn- och utbildningschef', email: 'maria.berg@askersund.example', roles: ['DepartmentHead'] },
  { objectId: id(12), displayName: 'Johan Sandberg', title: 'Kanslichef', email: 'johan.sandberg@askersund.example', roles: ['DepartmentHead'] },
  { objectId: id(13), displayName: 'Lena Dahl', title: 'Samhällsbyggnadschef', email: 'lena.dahl@askersund.example', roles: ['DepartmentHead'] },
  { objectId: id(14), displayName: 'Peter Nyström', title: 'Kultur- och fritidschef', email: 'peter.nystrom@askersund.example', roles: ['DepartmentHead'] },
  { objectId: id(15), displayName: 'Sara Lindgren', title: 'Vård- och omsorgschef', email: 'sara.lindgren@askersund.example', roles: ['DepartmentHead'] },
  { objectId: id(16), displayName: 'Nils Ekström', title: 'Folkhälsostrateg', email: 'nils.ekstrom@askersund.example', roles: ['DepartmentHead'] },
  { objectId: id(30), displayName: 'Jonas Wik', title: 'Kommunpolis, Polisen', email: 'jonas.wik@polisen.example', roles: ['CouncilMember'] },
  { objectId: id(40), displayName: 'Ulla Ström', title: 'Kommunsekreterare', email: 'ulla.strom@askersund.example', roles: ['Reader'] },
];

/** Department name → the objectId of its head. */
export const demoDepartments: { name: string; headId: string }[] = [
  { name: 'Kommunledningsförvaltningen', headId: id(12) },
  { name: 'Socialförvaltningen', headId: playgroundUserId },
  { name: 'Barn- och utbildningsförvaltningen', headId: id(11) },
  { name: 'Samhällsbyggnadsförvaltningen', headId: id(13) },
  { name: 'Kultur- och fritidsförvaltningen', headId: id(14) },
  { name: 'Vård- och omsorgsförvaltningen', headId: id(15) },
  { name: 'Folkhälsoteamet', headId: id(16) },
];

export const demoActors: ActorInput[] = [
  { name: 'Polisen, lokalpolisområde Askersund', kind: 'police', contact: 'kommunpolis@polisen.example', councilParticipant: true },
  { name: 'Näringslivsrådet', kind: 'business', contact: 'naringslivsradet@askersund.example', councilParticipant: true },
  { name: 'Askersund i centrum', kind: 'business', contact: 'info@askersundicentrum.example', councilParticipant: true },
  { name: 'AB Askersundsbostäder', kind: 'propertyOwner', contact: 'forvaltning@askersundsbostader.example', councilParticipant: true },
  { name: 'Svenska kyrkan, Askersunds församling', kind: 'church', contact: 'expedition@askersundsforsamling.example', councilParticipant: true },
  { name: 'Föreningsrådet', kind: 'civilSociety', contact: 'foreningsradet@askersund.example', councilParticipant: true },
  { name: 'Nattvandrarna Askersund', kind: 'civilSociety', contact: 'nattvandrarna@askersund.example', councilParticipant: false },
];

/** The demo action plan of 2026, by department name; the action-plan feature replaces it with the real one. */
export const demoActions: { department: string; title: string; part: number }[] = [
  { department: 'Socialförvaltningen', title: 'Tidiga insatser för unga i riskzon i samverkan med skola och polis (SSPF)', part: 2 },
  { department: 'Socialförvaltningen', title: 'Föräldrastödsprogram i samverkan med skolan', part: 1 },
  { department: 'Barn- och utbildningsförvaltningen', title: 'Trygghetsvandringar kring skolorna', part: 1 },
  { department: 'Barn- och utbildningsförvaltningen', title: 'Rutin för orosanmälan vid tidiga varningstecken', part: 2 },
  { department: 'Samhällsbyggnadsförvaltningen', title: 'Belysning och röjning på otrygga platser vid stationsområdet', part: 1 },
  { department: 'Samhällsbyggnadsförvaltningen', title: 'Sanering av klotter och skadegörelse inom 48 timmar', part: 1 },
  { department: 'Kultur- och fritidsförvaltningen', title: 'Öppen fritidsgård fredagskvällar', part: 1 },
  { department: 'Kommunledningsförvaltningen', title: 'Gemensam genomgång med polisen efter allvarliga händelser', part: 3 },
  { department: 'Vård- och omsorgsförvaltningen', title: 'Utbildning i hot och våld för personal', part: 2 },
  { department: 'Folkhälsoteamet', title: 'Nattvandring med civilsamhället, åtagande från strategiska rådet', part: 4 },
];
export const demoActionYear = 2026;
