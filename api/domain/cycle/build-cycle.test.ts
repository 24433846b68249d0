import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { askersundTemplate } from './askersund-template.js';
import { buildCycle, OverrideOutOfRange } from './build-cycle.js';
import { isWorkingDay } from './calendar.js';
import { milestoneKindSchema } from './milestone-kinds.js';
import { cycleTemplateSchema, type CycleTemplate } from './template.js';

const dueOf = (milestones: ReturnType<typeof buildCycle>, id: string) => milestones.find((m) => m.id === id)?.due;

describe('buildCycle', () => {
  it('makes every milestone of the plan for a work year, in date order', () => {
    const cycle = buildCycle(askersundTemplate, 2026);
    expect(cycle.map((m) => [m.id, m.due])).toEqual([
      ['2026-est-police-compilation-q1', '2026-04-15'],
      ['2026-est-police-compilation-q2', '2026-07-15'],
      ['2026-est-police-compilation-q3', '2026-10-15'],
      ['2026-actor-situation-request', '2026-11-19'],
      ['2026-department-report', '2026-11-30'],
      ['2026-council-preparation', '2026-12-03'],
      ['2026-strategic-council', '2026-12-10'],
      ['2026-est-police-compilation-q4', '2027-01-15'],
      ['2026-annual-situation-picture', '2027-02-26'],
      ['2026-action-plan-decision', '2027-03-24'],
      ['2026-council-report', '2027-04-30'],
    ]);
    const report = cycle.find((m) => m.kind === 'department-report')!;
    expect(report).toMatchObject({
      title: { sv: 'Förvaltningarnas återrapportering' },
      responsibleRole: 'DepartmentHead',
      reminderOffsetsDays: [14, 3, 0, -1],
      setByHand: false,
    });
  });

  it('moves dates that fall on weekends and Swedish holidays, saying why', () => {
    const annual = buildCycle(askersundTemplate, 2026).find((m) => m.kind === 'annual-situation-picture')!;
    expect(annual).toMatchObject({ nominalDue: '2027-02-28', due: '2027-02-26', adjustedFrom: { date: '2027-02-28' } });
    expect(annual.adjustedFrom?.reason.sv).toContain('lördag eller söndag');

    const q1of2028 = buildCycle(askersundTemplate, 2028).find((m) => m.id === '2028-est-police-compilation-q1')!;
    expect(q1of2028).toMatchObject({ nominalDue: '2028-04-15', due: '2028-04-13' });
    expect(dueOf(buildCycle(askersundTemplate, 2025), '2025-department-report')).toBe('2025-11-28');
    expect(dueOf(buildCycle(askersundTemplate, 2028), '2028-strategic-council')).toBe('2028-12-08');
  });

  it('takes the last day of February in leap years', () => {
    expect(buildCycle(askersundTemplate, 2027).find((m) => m.kind === 'annual-situation-picture')).toMatchObject({
      nominalDue: '2028-02-29',
      due: '2028-02-29',
    });
    expect(buildCycle(askersundTemplate, 2028).find((m) => m.kind === 'annual-situation-picture')).toMatchObject({
      nominalDue: '2029-02-28',
      due: '2029-02-28',
    });
  });

  it('keeps a date set by hand as set, records who moved it, and moves what is timed from it', () => {
    const cycle = buildCycle(askersundTemplate, 2026, {
      '2026-strategic-council': {
        due: '2026-12-13',
        movedBy: 'karin',
        movedAt: '2026-09-01T10:00:00Z',
        reason: 'Lokalen är upptagen',
      },
    });
    const council = cycle.find((m) => m.kind === 'strategic-council')!;
    expect(council).toMatchObject({
      due: '2026-12-13',
      setByHand: true,
      moved: { by: 'karin', at: '2026-09-01T10:00:00Z', reason: 'Lokalen är upptagen', from: '2026-12-10' },
    });
    expect(council.adjustedFrom).toBeUndefined();
    expect(dueOf(cycle, '2026-actor-situation-request')).toBe('2026-11-20');
    expect(dueOf(cycle, '2026-council-preparation')).toBe('2026-12-04');
  });

  it('does not move a dependent milestone that was itself set by hand', () => {
    const cycle = buildCycle(askersundTemplate, 2026, {
      '2026-strategic-council': { due: '2026-12-17', movedBy: 'karin', movedAt: '2026-09-01T10:00:00Z' },
      '2026-council-preparation': { due: '2026-12-01', movedBy: 'karin', movedAt: '2026-09-02T10:00:00Z' },
    });
    expect(dueOf(cycle, '2026-council-preparation')).toBe('2026-12-01');
    expect(dueOf(cycle, '2026-actor-situation-request')).toBe('2026-11-26');
  });

  it('refuses a moved date absurdly far from the rule', () => {
    expect(() =>
      buildCycle(askersundTemplate, 2026, {
        '2026-strategic-council': { due: '2030-12-10', movedBy: 'k', movedAt: 'x' },
      }),
    ).toThrow(OverrideOutOfRange);
  });

  it('puts every computed date on a working day no later than its rule, for any year and any template', () => {
    const dayRule = fc.record({
      type: fc.constant('dayOfMonth' as const),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constant('last' as const)),
      yearOffset: fc.constantFrom(0 as const, 1 as const),
    });
    const templates = fc
      .record({
        rules: fc.array(dayRule, { minLength: 5, maxLength: 5 }),
        // A quarter is compiled after it ends (completableFrom): from the day after on.
        quarterDays: fc.integer({ min: 1, max: 60 }),
        weeks: fc.array(fc.integer({ min: 1, max: 26 }), { minLength: 2, maxLength: 2 }),
      })
      .map(({ rules, quarterDays, weeks }): CycleTemplate => {
        const withRules = askersundTemplate.milestones.map((milestone) => {
          if (milestone.kind === 'est-police-compilation')
            return { ...milestone, timing: { type: 'afterQuarter' as const, daysAfterQuarterEnd: quarterDays } };
          if (milestone.kind === 'actor-situation-request')
            return {
              ...milestone,
              timing: { type: 'beforeMilestone' as const, kind: 'strategic-council' as const, weeks: weeks[0]! },
            };
          if (milestone.kind === 'council-preparation')
            return {
              ...milestone,
              timing: { type: 'beforeMilestone' as const, kind: 'strategic-council' as const, weeks: weeks[1]! },
            };
          return milestone;
        });
        let next = 0;
        return {
          ...askersundTemplate,
          milestones: withRules.map((milestone) => {
            if (milestone.timing.type !== 'dayOfMonth') return milestone;
            const rule = rules[next++ % rules.length]!;
            // The annual lägesbild and the report to KF are on a year that has ended: due the year after.
            const afterYear = milestone.kind === 'annual-situation-picture' || milestone.kind === 'council-report';
            return { ...milestone, timing: afterYear ? { ...rule, yearOffset: 1 as const } : rule };
          }),
        };
      });
    fc.assert(
      fc.property(templates, fc.integer({ min: 2000, max: 2100 }), (template, year) => {
        cycleTemplateSchema.parse(template);
        const cycle = buildCycle(template, year);
        expect(cycle).toHaveLength(milestoneKindSchema.options.length + 3);
        return cycle.every((m) => isWorkingDay(m.due) && m.due <= m.nominalDue);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    // nominal date in 2026–2028, the holiday it is, and the working day before it (checked against a calendar)
    ['2027-01-01', 'nyårsdagen (and nyårsafton before it)', '2026-12-30'],
    ['2027-01-06', 'trettondedag jul', '2027-01-05'],
    ['2026-04-03', 'långfredagen', '2026-04-02'],
    ['2027-03-29', 'annandag påsk, after the Easter weekend', '2027-03-25'],
    ['2026-05-01', 'första maj', '2026-04-30'],
    ['2028-05-25', 'Kristi himmelsfärdsdag', '2028-05-24'],
    ['2028-06-06', 'nationaldagen', '2028-06-05'],
    ['2027-06-25', 'midsommarafton', '2027-06-24'],
    ['2026-12-24', 'julafton', '2026-12-23'],
    ['2028-12-26', 'annandag jul, after julafton on a Sunday', '2028-12-22'],
  ])('moves a milestone that falls on %s (%s) to %s', (nominal, _holiday, expected) => {
    const [year, month, day] = nominal.split('-').map(Number) as [number, number, number];
    const template: CycleTemplate = {
      ...askersundTemplate,
      milestones: askersundTemplate.milestones.map((m) =>
        m.kind === 'council-report'
          ? { ...m, timing: { type: 'dayOfMonth' as const, month, day, yearOffset: 0 as const } }
          : m,
      ),
    };
    const milestone = buildCycle(template, year).find((m) => m.kind === 'council-report')!;
    expect(milestone.nominalDue).toBe(nominal);
    expect(milestone.due).toBe(expected);
    expect(milestone.adjustedFrom?.date).toBe(nominal);
  });
});
