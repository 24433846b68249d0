import type { ActorInput, PersonInput } from '../domain/organisation.js';

/**
 * Demo data for local mode: Askersund, the municipality whose plan the product follows.
 * The people are invented; "Alex Wilber" carries the Agents Playground's default user id so the
 * playground acts as a department head without any setup.
 */
export const playgroundUserId = '00000000-0000-0000-0000-0000000000020';

const id = (n: number) => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;

export const demoPeople: PersonInput[] = [
  {
    objectId: id(1),
    displayName: 'Karin Ek',
    title: 'Säkerhetschef',
    email: 'karin.ek@askersund.example',
    userPrincipalName: 'karin.ek@askersund.example',
    roles: ['SecurityChief', 'BobMember'],
  },
  {
    objectId: id(2),
    displayName: 'Anders Holm',
    title: 'Kommundirektör',
    email: 'anders.holm@askersund.example',
    userPrincipalName: 'anders.holm@askersund.example',
    roles: ['Reader', 'BobMember'],
  },
  {
    objectId: id(3),
    displayName: 'Eva Lund',
    title: 'Kommunstyrelsens ordförande',
    email: 'eva.lund@askersund.example',
    userPrincipalName: 'eva.lund@askersund.example',
    roles: ['Reader', 'BobMember'],
  },
  {
    objectId: playgroundUserId,
    displayName: 'Alex Wilber',
    title: 'Socialchef',
    email: 'alex.wilber@askersund.example',
    userPrincipalName: 'alex.wilber@askersund.example',
    roles: ['DepartmentHead'],
  },
  {
    objectId: id(11),
    displayName: 'Maria Berg',
    title: 'Barn- och utbildningschef',
    email: 'maria.berg@askersund.example',
    userPrincipalName: 'maria.berg@askersund.example',
    roles: ['DepartmentHead'],
  },
  {
    objectId: id(12),
    displayName: 'Johan Sandberg',
    title: 'Kanslichef',
    email: 'johan.sandberg@askersund.example',
    userPrincipalName: 'johan.sandberg@askersund.example',
    roles: ['DepartmentHead'],
  },
  {
    objectId: id(13),
    displayName: 'Lena Dahl',
    title: 'Samhällsbyggnadschef',
    email: 'lena.dahl@askersund.example',
    userPrincipalName: 'lena.dahl@askersund.example',
    roles: ['DepartmentHead'],
  },
  {
    objectId: id(14),
    displayName: 'Peter Nyström',
    title: 'Kultur- och fritidschef',
    email: 'peter.nystrom@askersund.example',
    userPrincipalName: 'peter.nystrom@askersund.example',
    roles: ['DepartmentHead'],
  },
  {
    objectId: id(15),
    displayName: 'Sara Lindgren',
    title: 'Vård- och omsorgschef',
    email: 'sara.lindgren@askersund.example',
    userPrincipalName: 'sara.lindgren@askersund.example',
    roles: ['DepartmentHead'],
  },
  {
    objectId: id(16),
    displayName: 'Nils Ekström',
    title: 'Folkhälsostrateg',
    email: 'nils.ekstrom@askersund.example',
    userPrincipalName: 'nils.ekstrom@askersund.example',
    roles: ['DepartmentHead'],
  },
  {
    objectId: id(30),
    displayName: 'Jonas Wik',
    title: 'Kommunpolis, Polisen',
    email: 'jonas.wik@polisen.example',
    userPrincipalName: 'jonas.wik@polisen.example',
    roles: ['CouncilMember'],
  },
  {
    objectId: id(40),
    displayName: 'Ulla Ström',
    title: 'Kommunsekreterare',
    email: 'ulla.strom@askersund.example',
    userPrincipalName: 'ulla.strom@askersund.example',
    roles: ['Reader'],
  },
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
  {
    name: 'Polisen, lokalpolisområde Askersund',
    kind: 'police',
    contact: 'kommunpolis@polisen.example',
    councilParticipant: true,
    memberIds: [id(30)],
  },
  {
    name: 'Näringslivsrådet',
    kind: 'business',
    contact: 'naringslivsradet@askersund.example',
    councilParticipant: true,
    memberIds: [],
  },
  {
    name: 'Askersund i centrum',
    kind: 'business',
    contact: 'info@askersundicentrum.example',
    councilParticipant: true,
    memberIds: [],
  },
  {
    name: 'AB Askersundsbostäder',
    kind: 'propertyOwner',
    contact: 'forvaltning@askersundsbostader.example',
    councilParticipant: true,
    memberIds: [],
  },
  {
    name: 'Svenska kyrkan, Askersunds församling',
    kind: 'church',
    contact: 'expedition@askersundsforsamling.example',
    councilParticipant: true,
    memberIds: [],
  },
  {
    name: 'Föreningsrådet',
    kind: 'civilSociety',
    contact: 'foreningsradet@askersund.example',
    councilParticipant: true,
    memberIds: [],
  },
  {
    name: 'Nattvandrarna Askersund',
    kind: 'civilSociety',
    contact: 'nattvandrarna@askersund.example',
    councilParticipant: false,
    memberIds: [],
  },
];
