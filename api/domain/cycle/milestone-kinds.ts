import { z } from 'zod';
import type { Bilingual } from '../../i18n/bilingual.js';

export const milestoneKindSchema = z.enum([
  'est-police-compilation',
  'department-report',
  'actor-situation-request',
  'council-preparation',
  'strategic-council',
  'annual-situation-picture',
  'action-plan-decision',
  'council-report',
]);
export type MilestoneKind = z.infer<typeof milestoneKindSchema>;

/** What each kind of milestone is, in the words of the plan; the same for every municipality. */
export const milestoneTexts: Record<MilestoneKind, { title: Bilingual; description: Bilingual }> = {
  'est-police-compilation': {
    title: {
      sv: 'Sammanställning av EST och polisens statistik',
      en: 'Compilation of EST reports and police statistics',
    },
    description: {
      sv: 'Säkerhetschefen sammanställer kvartalets EST-inrapportering och statistik från polisen till lägesbilden.',
      en: 'The security chief compiles the quarter’s EST reports and police statistics into the situation picture.',
    },
  },
  'department-report': {
    title: { sv: 'Förvaltningarnas återrapportering', en: 'Department reports' },
    description: {
      sv: 'Varje förvaltning rapporterar sin lägesbild, genomförda åtgärder utifrån åtgärdsplanen och förslag på vidare åtgärder till säkerhetschefen.',
      en: 'Every department reports its situation picture, the actions carried out under the action plan and proposals for further actions to the security chief.',
    },
  },
  'actor-situation-request': {
    title: { sv: 'Aktörernas skriftliga lägesbilder', en: 'Actors’ written situation pictures' },
    description: {
      sv: 'Varje aktör i det strategiska rådet delar skriftligt sin samlade lägesbild inför rådet.',
      en: 'Every actor in the strategic council shares its compiled situation picture in writing before the council.',
    },
  },
  'council-preparation': {
    title: { sv: 'Beredning inför strategiska rådet', en: 'Preparation for the strategic council' },
    description: {
      sv: 'Kommunen och polisen bearbetar aktörernas underlag gemensamt inför rådet.',
      en: 'The municipality and the police process the actors’ material together before the council.',
    },
  },
  'strategic-council': {
    title: { sv: 'Strategiskt råd', en: 'Strategic council' },
    description: {
      sv: 'Kommunen bjuder in samhällets aktörer. Dagordningen: samlad lägesbild, uppföljning av förra årets åtgärder, analys och förslag, överenskommelse om åtgärder, övrig information.',
      en: 'The municipality invites the actors. Agenda: combined situation picture, follow-up of last year’s actions, analysis and proposals, agreement on actions, other information.',
    },
  },
  'annual-situation-picture': {
    title: { sv: 'Årlig lägesbild', en: 'Annual situation picture' },
    description: {
      sv: 'Den kontinuerliga lägesbilden sammanfattas med orsaksanalys och vidtagna och planerade åtgärder; nya typer av händelser eller fenomen flaggas.',
      en: 'The continuous situation picture summarised with cause analysis and actions taken and planned; new kinds of events or phenomena flagged.',
    },
  },
  'action-plan-decision': {
    title: { sv: 'Kommunstyrelsen beslutar åtgärdsplanen', en: 'The executive board decides the action plan' },
    description: {
      sv: 'Åtgärdsplanen för året beslutas av kommunstyrelsen; säkerhetschefen bereder.',
      en: 'The executive board decides the year’s action plan; the security chief prepares it.',
    },
  },
  'council-report': {
    title: { sv: 'Rapport till kommunfullmäktige', en: 'Report to the municipal council' },
    description: {
      sv: 'Det brottsförebyggande arbetet rapporteras till kommunfullmäktige i samband med årsbokslutet.',
      en: 'The crime-prevention work is reported to the municipal council together with the annual accounts.',
    },
  },
};
