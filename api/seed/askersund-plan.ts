import type { PlanParts } from '../domain/action-plan/parts.js';
import type { DecisionInput } from '../domain/action-plan/plan.js';

/** Askersund's action plan 2026 as the demo has it: decided by KS in March, followed up in November. */
export const demoPlanYear = 2026;

export const demoPlanDecision: DecisionInput = { meetingDate: '2026-03-24', paragraph: '§ 45' };

/** Departments and actors are named here and resolved to ids when seeded. */
export const demoPlanParts = (department: (name: string) => string, actor: (name: string) => string): PlanParts => ({
  1: {
    problems: [
      {
        id: 'p-stationen',
        title: 'Otrygghet och skadegörelse kring resecentrum kvällstid',
        description:
          'EST-rapporter och polisens statistik visar återkommande skadegörelse, klotter och ordningsstörningar kring resecentrum fredag och lördag kväll.',
        sections: ['problemPicture', 'causeAnalysis'],
      },
      {
        id: 'p-unga',
        title: 'Unga som dras in i kriminalitet och narkotika',
        description: 'Skola och socialtjänst ser fler orosanmälningar om unga i miljöer där narkotika förekommer.',
        sections: ['problemPicture', 'newPhenomena'],
      },
    ],
    factors: [
      {
        id: 'f-skola',
        title: 'Skolnärvaro och fullföljda studier',
        continuousWork: 'Elevhälsan följer upp frånvaro varje vecka; tidiga samtal med vårdnadshavare.',
      },
      {
        id: 'f-fritid',
        title: 'Meningsfull fritid',
        continuousWork: 'Fritidsgård, föreningsstöd och lovaktiviteter som är öppna och kostnadsfria för unga.',
      },
      {
        id: 'f-miljo',
        title: 'Trygg och välskött fysisk miljö',
        continuousWork: 'Belysning, röjning och snabb sanering av klotter och skadegörelse.',
      },
    ],
  },
  2: {
    signs: [
      {
        id: 's-franvaro',
        departmentId: department('Barn- och utbildningsförvaltningen'),
        sign: 'Ökande och oförklarad frånvaro',
        response: 'Elevhälsan kallar till samtal inom en vecka och gör vid behov orosanmälan.',
        actorIds: [],
        actorActions: '',
      },
      {
        id: 's-oro',
        departmentId: department('Socialförvaltningen'),
        sign: 'Orosanmälan om ung som vistas i kriminell miljö',
        response: 'Förhandsbedömning inom 14 dagar och SSPF-samverkan med skola och polis.',
        actorIds: [actor('Polisen, lokalpolisområde Askersund')],
        actorActions: 'Polisen delar information inom SSPF och gör orosanmälan vid iakttagelser.',
      },
    ],
  },
  3: {
    coordinations: [
      {
        id: 'c-polis-soc',
        parties: 'Polis och socialtjänst',
        description:
          'Efter ett brott där unga är inblandade träffas polis och socialtjänst inom två dagar för att planera insatser som minskar risken för fortsatt brottslighet.',
      },
      {
        id: 'c-skola',
        parties: 'Polis, skola och socialtjänst',
        description:
          'Vid brott på eller kring skolan samordnar rektor, socialtjänst och polis åtgärderna och informationen till vårdnadshavare.',
      },
    ],
  },
  4: { introduction: 'Åtgärder som rådets aktörer kom överens om vid strategiska rådet i december 2025.' },
});

export interface DemoAction {
  department?: string;
  actor?: string;
  title: string;
  part: 1 | 2 | 3 | 4;
  problemIds?: string[];
  factorIds?: string[];
  indicator: string;
  target: string;
}

/** The rows of each department's November card. */
export const demoPlanActions: DemoAction[] = [
  {
    department: 'Socialförvaltningen',
    title: 'Tidiga insatser för unga i riskzon i samverkan med skola och polis (SSPF)',
    part: 2,
    problemIds: ['p-unga'],
    indicator: 'Antal unga i SSPF-insatser',
    target: 'Alla aktuella unga har en plan inom 30 dagar',
  },
  {
    department: 'Socialförvaltningen',
    title: 'Föräldrastödsprogram i samverkan med skolan',
    part: 1,
    factorIds: ['f-skola'],
    indicator: 'Antal föräldrar som deltagit',
    target: '40 föräldrar under året',
  },
  {
    department: 'Barn- och utbildningsförvaltningen',
    title: 'Trygghetsvandringar kring skolorna',
    part: 1,
    problemIds: ['p-stationen'],
    factorIds: ['f-miljo'],
    indicator: 'Antal genomförda vandringar',
    target: 'En per skola och termin',
  },
  {
    department: 'Barn- och utbildningsförvaltningen',
    title: 'Rutin för orosanmälan vid tidiga varningstecken',
    part: 2,
    problemIds: ['p-unga'],
    indicator: 'Rutinen beslutad och känd av all personal',
    target: 'Klar senast juni',
  },
  {
    department: 'Samhällsbyggnadsförvaltningen',
    title: 'Belysning och röjning på otrygga platser vid stationsområdet',
    part: 1,
    problemIds: ['p-stationen'],
    factorIds: ['f-miljo'],
    indicator: 'Åtgärdade platser',
    target: 'Samtliga platser från trygghetsvandringen',
  },
  {
    department: 'Samhällsbyggnadsförvaltningen',
    title: 'Sanering av klotter och skadegörelse inom 48 timmar',
    part: 1,
    problemIds: ['p-stationen'],
    factorIds: ['f-miljo'],
    indicator: 'Andel ärenden sanerade inom 48 timmar',
    target: 'Minst 90 procent',
  },
  {
    department: 'Kultur- och fritidsförvaltningen',
    title: 'Öppen fritidsgård fredagskvällar',
    part: 1,
    factorIds: ['f-fritid'],
    indicator: 'Besökare per kväll',
    target: 'I snitt 30 besökare',
  },
  {
    department: 'Kommunledningsförvaltningen',
    title: 'Gemensam genomgång med polisen efter allvarliga händelser',
    part: 3,
    problemIds: ['p-unga', 'p-stationen'],
    indicator: 'Genomgång inom en vecka efter händelse',
    target: 'Alltid',
  },
  {
    department: 'Vård- och omsorgsförvaltningen',
    title: 'Utbildning i hot och våld för personal',
    part: 2,
    problemIds: ['p-unga'],
    indicator: 'Andel personal som gått utbildningen',
    target: '80 procent',
  },
  {
    department: 'Folkhälsoteamet',
    title: 'Nattvandring med civilsamhället, åtagande från strategiska rådet',
    part: 4,
    problemIds: ['p-unga'],
    factorIds: ['f-fritid'],
    indicator: 'Antal nattvandringar',
    target: 'Varje fredag under sommarlovet',
  },
  {
    actor: 'AB Askersundsbostäder',
    title: 'Kameraövervakning och belysning i trapphus vid Parkgatan',
    part: 4,
    problemIds: ['p-stationen'],
    indicator: 'Installation klar',
    target: 'Före oktober',
  },
];
