import { z } from 'zod';
import { bilingual, type Bilingual } from '../../i18n/bilingual.js';
import { atMostCharacters } from '../../i18n/limits.js';
import { isoDateSchema } from '../iso-date.js';

/** Every kind of document the product stores, each with its line in the dokumenthanteringsplan. */
export const documentKinds = [
  'annualSituation',
  'quarterlyCompilation',
  'actionPlan',
  'departmentReports',
  'councilAgenda',
  'councilMinutes',
  'actorMaterial',
  'agreement',
  'municipalCouncilReport',
  'bobMeeting',
  'bobDocument',
  'importFile',
  'areaMap',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentKindTitles: Record<DocumentKind, Bilingual> = {
  annualSituation: { sv: 'Årlig lägesbild', en: 'Annual situation picture' },
  quarterlyCompilation: { sv: 'Kvartalssammanställning', en: 'Quarterly compilation' },
  actionPlan: { sv: 'Åtgärdsplan', en: 'Action plan' },
  departmentReports: { sv: 'Förvaltningsrapporter', en: 'Department reports' },
  councilAgenda: { sv: 'Dagordning, strategiskt råd', en: 'Agenda, strategic council' },
  councilMinutes: { sv: 'Protokoll, strategiskt råd', en: 'Minutes, strategic council' },
  actorMaterial: { sv: 'Aktörs lägesbild till rådet', en: 'Actor’s situation picture for the council' },
  agreement: { sv: 'Samverkansöverenskommelse', en: 'Cooperation agreement' },
  municipalCouncilReport: { sv: 'Rapport till kommunfullmäktige', en: 'Report to the municipal council' },
  bobMeeting: { sv: 'Minnesanteckningar, BOB', en: 'Meeting notes, BOB' },
  bobDocument: { sv: 'Dokument, BOB', en: 'Document, BOB' },
  importFile: { sv: 'Importfil till lägesbilden', en: 'Import file for the situation picture' },
  areaMap: { sv: 'Karta över kommunens områden', en: 'Map of the municipality’s areas' },
};

export const retentionSchema = z.enum(['bevaras', 'gallras']);
export type Retention = z.infer<typeof retentionSchema>;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: atMostCharacters(max) });
const optionalText = (max: number) =>
  text(max)
    .nullable()
    .transform((value) => (value === '' ? null : value));

/** A document that is gallras says after how long. */
function requirePeriod(value: { bevarande: Retention; gallringsfrist: string | null }, context: z.RefinementCtx): void {
  if (value.bevarande === 'gallras' && !value.gallringsfrist) {
    context.addIssue({
      code: 'custom',
      path: ['gallringsfrist'],
      message: bilingual(
        'ange gallringsfrist för en handling som gallras',
        'give the retention period of a document that is disposed of',
      ),
    });
  }
}

/** What a document kind's line of the dokumenthanteringsplan says: its type, secrecy and how long it is kept. */
export const recordsClassSchema = z
  .object({
    handlingstyp: text(100).min(1, { error: bilingual('ange handlingstyp', 'give the document type') }),
    /** Null when the document is public; otherwise the OSL chapter and section, as text ("OSL 26 kap. 1 §"). */
    sekretess: optionalText(100),
    bevarande: retentionSchema,
    /** How long before a document that is gallras may be destroyed ("5 år", "vid inaktualitet"). */
    gallringsfrist: optionalText(60),
  })
  .strict()
  .superRefine(requirePeriod);
export type RecordsClass = z.infer<typeof recordsClassSchema>;

/** One document's registration: its class (from the plan unless changed), diarienummer and the date it was fastställd. */
export const registrationSchema = z
  .object({
    diarienummer: optionalText(40),
    handlingstyp: text(100).min(1, { error: bilingual('ange handlingstyp', 'give the document type') }),
    sekretess: optionalText(100),
    bevarande: retentionSchema,
    gallringsfrist: optionalText(60),
    faststalld: isoDateSchema.nullable(),
  })
  .strict()
  .superRefine(requirePeriod);
export type Registration = z.infer<typeof registrationSchema>;

export const recordsPlanSchema = z
  .object(
    Object.fromEntries(documentKinds.map((kind) => [kind, recordsClassSchema])) as Record<
      DocumentKind,
      typeof recordsClassSchema
    >,
  )
  .strict();
export type RecordsPlan = z.infer<typeof recordsPlanSchema>;

const kept = (handlingstyp: string): RecordsClass => ({
  handlingstyp,
  sekretess: null,
  bevarande: 'bevaras',
  gallringsfrist: null,
});
const disposed = (handlingstyp: string, gallringsfrist: string, sekretess: string | null = null): RecordsClass => ({
  handlingstyp,
  sekretess,
  bevarande: 'gallras',
  gallringsfrist,
});
/** BOB's material concerns children and young people; social services' secrecy is the usual ground. Each municipality confirms it. */
const bobSecrecy = 'OSL 26 kap. 1 §';

/**
 * A starting dokumenthanteringsplan: what is decided or reported to the council is kept (bevaras), working
 * material is disposed of after a period. The municipality's registrator sets its own under Inställningar.
 */
export const defaultRecordsPlan: RecordsPlan = {
  annualSituation: kept('Lägesbild'),
  quarterlyCompilation: disposed('Kvartalssammanställning', '5 år'),
  actionPlan: kept('Åtgärdsplan'),
  departmentReports: disposed('Förvaltningsrapporter', '5 år'),
  councilAgenda: kept('Dagordning'),
  councilMinutes: kept('Protokoll'),
  actorMaterial: disposed('Underlag från aktör', '5 år'),
  agreement: kept('Avtal'),
  municipalCouncilReport: kept('Rapport'),
  bobMeeting: { ...kept('Minnesanteckningar'), sekretess: bobSecrecy },
  bobDocument: disposed('Underlag', '5 år', bobSecrecy),
  importFile: disposed('Importfil', 'vid inaktualitet'),
  areaMap: disposed('Karta', 'när den ersatts'),
};

/** A document's registration as first stamped: its kind's class, not yet registered or fastställd. */
export function registrationFromClass(recordsClass: RecordsClass): Registration {
  return { diarienummer: null, faststalld: null, ...recordsClass };
}
