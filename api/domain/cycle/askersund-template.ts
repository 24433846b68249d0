import type { CycleTemplate } from './template.js';

/**
 * Askersund's year as its plan sets it; the default for a new municipality and the demo data.
 * Months come from the plan; the days are the municipality's to choose and only a starting point.
 */
export const askersundTemplate: CycleTemplate = {
  municipality: { name: 'Askersunds kommun', slug: 'askersund' },
  dueSoonDays: 14,
  previousWorkingDay: true,
  milestones: [
    {
      kind: 'est-police-compilation',
      // Mid-month after each quarter: the police's monthly figures for the quarter are out by then.
      timing: { type: 'afterQuarter', daysAfterQuarterEnd: 15 },
      responsibleRole: 'SecurityChief',
      responsible: { sv: 'Säkerhetschefen', en: 'The security chief' },
      reminderOffsetsDays: [7, 0],
    },
    {
      kind: 'department-report',
      timing: { type: 'dayOfMonth', month: 11, day: 30, yearOffset: 0 },
      responsibleRole: 'DepartmentHead',
      responsible: { sv: 'Varje förvaltningschef', en: 'Every head of department' },
      reminderOffsetsDays: [14, 3, 0, -1],
    },
    {
      kind: 'actor-situation-request',
      timing: { type: 'beforeMilestone', kind: 'strategic-council', weeks: 3 },
      responsibleRole: 'CouncilMember',
      responsible: { sv: 'Varje aktör i rådet', en: 'Every actor in the council' },
      reminderOffsetsDays: [7, 0],
    },
    {
      kind: 'council-preparation',
      timing: { type: 'beforeMilestone', kind: 'strategic-council', weeks: 1 },
      responsibleRole: 'SecurityChief',
      responsible: { sv: 'Säkerhetschefen tillsammans med polisen', en: 'The security chief with the police' },
      reminderOffsetsDays: [3],
    },
    {
      kind: 'strategic-council',
      timing: { type: 'dayOfMonth', month: 12, day: 10, yearOffset: 0 },
      responsibleRole: 'SecurityChief',
      responsible: { sv: 'Kommunen bjuder in (säkerhetschefen)', en: 'The municipality invites (the security chief)' },
      reminderOffsetsDays: [28, 7],
    },
    {
      kind: 'annual-situation-picture',
      timing: { type: 'dayOfMonth', month: 2, day: 'last', yearOffset: 1 },
      responsibleRole: 'SecurityChief',
      responsible: { sv: 'Säkerhetschefen', en: 'The security chief' },
      reminderOffsetsDays: [14, 3],
    },
    {
      kind: 'action-plan-decision',
      // Stands in for the KS meeting in March; the säkerhetschef sets the real date of the year.
      timing: { type: 'dayOfMonth', month: 3, day: 24, yearOffset: 1 },
      responsibleRole: 'SecurityChief',
      responsible: {
        sv: 'Kommunstyrelsen (säkerhetschefen bereder)',
        en: 'The executive board (prepared by the security chief)',
      },
      reminderOffsetsDays: [21, 7],
    },
    {
      kind: 'council-report',
      timing: { type: 'dayOfMonth', month: 4, day: 'last', yearOffset: 1 },
      responsibleRole: 'SecurityChief',
      responsible: { sv: 'Kommunstyrelsen till kommunfullmäktige', en: 'The executive board to the municipal council' },
      reminderOffsetsDays: [21, 7],
    },
  ],
};
