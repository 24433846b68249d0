import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { englishTwin } from '../i18n/bilingual.js';
import { part1Schema, part2Schema, part3Schema, partRowLimits } from './action-plan/parts.js';
import { agendaItemsMax, agendaSchema } from './council/agenda.js';
import { minutesRowLimits, minutesSchema } from './council/minutes.js';
import { departmentReportContentSchema, reportRowLimits } from './department-report.js';
import { categoriesMax, entryCategoriesSchema } from './situation/entry.js';
import { actorInputSchema, actorsMax } from './organisation.js';
import { councilSetupSchema } from './council/council.js';
import { bobMembersInputSchema } from './bob.js';
import { reminderOffsetsSchema } from './cycle/template.js';

const rows = <T>(count: number, row: (index: number) => T): T[] => Array.from({ length: count }, (_, i) => row(i));

/** The one issue a list one row too long gets: at the list itself, saying what the list holds. */
function listIssue(schema: z.ZodType, value: unknown, path: (string | number)[]) {
  const parsed = schema.safeParse(value);
  expect(parsed.success).toBe(false);
  const issues = parsed.error!.issues.filter((issue) => issue.code === 'too_big');
  expect(issues.map((issue) => issue.path)).toEqual([path]);
  return { sv: issues[0]!.message, en: englishTwin(issues[0]!.message) };
}

// The tab's add buttons stop at these limits and say them with the same words (AddRowButton).
describe('a list one row longer than the service takes', () => {
  it('is refused with what it holds: the report’s observations, actions and proposals', () => {
    const observation = { area: 'Torget', category: 'klotter', description: '', newPhenomenon: false };
    const content = (over: string) => ({
      situation: 'Lugnt',
      observations: rows(over === 'observations' ? reportRowLimits.observations + 1 : 1, () => observation),
      actions: rows(over === 'actions' ? reportRowLimits.actions + 1 : 1, (i) => ({
        actionId: `a${i}`,
        progress: 'ongoing',
      })),
      proposals: rows(over === 'proposals' ? reportRowLimits.proposals + 1 : 1, (i) => `Förslag ${i}`),
    });
    expect(listIssue(departmentReportContentSchema, content('observations'), ['observations'])).toEqual({
      sv: 'högst 20 iakttagelser',
      en: 'at most 20 observations',
    });
    expect(listIssue(departmentReportContentSchema, content('actions'), ['actions']).sv).toBe('högst 60 åtgärder');
    expect(listIssue(departmentReportContentSchema, content('proposals'), ['proposals']).sv).toBe('högst 20 förslag');
  });

  it('is refused with what it holds: the action plan’s problems, factors, signs and coordinations', () => {
    const over = (list: keyof typeof partRowLimits) => partRowLimits[list] + 1;
    const problems = rows(over('problems'), (i) => ({ id: `p${i}`, title: `Problem ${i}` }));
    expect(listIssue(part1Schema, { problems }, ['problems']).sv).toBe('högst 50 problem');
    const factors = rows(over('factors'), (i) => ({ id: `f${i}`, title: `Faktor ${i}` }));
    expect(listIssue(part1Schema, { factors }, ['factors'])).toEqual({
      sv: 'högst 50 skyddsfaktorer',
      en: 'at most 50 protective factors',
    });
    const signs = rows(over('signs'), (i) => ({ id: `s${i}`, sign: `Tecken ${i}` }));
    expect(listIssue(part2Schema, { signs }, ['signs']).sv).toBe('högst 100 varningstecken');
    const coordinations = rows(over('coordinations'), (i) => ({ id: `c${i}`, parties: `Polisen ${i}` }));
    expect(listIssue(part3Schema, { coordinations }, ['coordinations']).sv).toBe('högst 50 samordningar');
  });

  it('is refused with what it holds: the minutes’ decisions and commitments, the agenda, the categories', () => {
    const decisions = rows(minutesRowLimits.decisions + 1, (i) => ({ id: `d${i}`, text: `Beslut ${i}` }));
    expect(listIssue(minutesSchema, { decisions }, ['decisions']).sv).toBe('högst 100 beslut');
    const commitments = rows(minutesRowLimits.commitments + 1, (i) => ({ id: `c${i}`, what: `Åtagande ${i}` }));
    expect(listIssue(minutesSchema, { commitments }, ['commitments'])).toEqual({
      sv: 'högst 200 åtaganden',
      en: 'at most 200 commitments',
    });
    const items = rows(agendaItemsMax + 1, (i) => ({ id: `i${i}`, point: null, title: `Punkt ${i}` }));
    expect(listIssue(agendaSchema, items, []).sv).toBe('högst 40 punkter');
    const categories = rows(categoriesMax + 1, (i) => ({ id: `k${i}`, sv: `Kategori ${i}` }));
    expect(listIssue(entryCategoriesSchema, categories, [])).toEqual({
      sv: 'högst 100 kategorier',
      en: 'at most 100 categories',
    });
  });

  it('is refused with what it holds: an actor’s representatives, the BOB group, a milestone’s reminders', () => {
    const people = (count: number) => rows(count, (i) => `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`);
    const actor = { name: 'Polisen', kind: 'police', memberIds: people(51) };
    expect(listIssue(actorInputSchema, actor, ['memberIds'])).toEqual({
      sv: 'högst 50 företrädare',
      en: 'at most 50 representatives',
    });
    expect(listIssue(bobMembersInputSchema, { objectIds: people(51) }, ['objectIds']).sv).toBe('högst 50 medlemmar');
    expect(
      listIssue(
        reminderOffsetsSchema,
        rows(11, (i) => i),
        [],
      ).sv,
    ).toBe('högst 10 påminnelser');
  });

  it('names every actor the list holds, and no more: a warning sign, the council’s invitations and its attendance', () => {
    const actors = (count: number) => rows(count, (i) => `actor-${i}`);
    const sign = (count: number) => ({ signs: [{ id: 's1', sign: 'Skolk', actorIds: actors(count) }] });
    expect(part2Schema.safeParse(sign(actorsMax)).success).toBe(true);
    expect(listIssue(part2Schema, sign(actorsMax + 1), ['signs', 0, 'actorIds'])).toEqual({
      sv: 'högst 100 aktörer',
      en: 'at most 100 actors',
    });
    const setup = (count: number) => ({ date: '2026-12-10', invitedActorIds: actors(count) });
    expect(councilSetupSchema.safeParse(setup(actorsMax)).success).toBe(true);
    expect(listIssue(councilSetupSchema, setup(actorsMax + 1), ['invitedActorIds']).sv).toBe('högst 100 aktörer');
    expect(minutesSchema.safeParse({ attendingActorIds: actors(actorsMax) }).success).toBe(true);
    expect(listIssue(minutesSchema, { attendingActorIds: actors(actorsMax + 1) }, ['attendingActorIds']).sv).toBe(
      'högst 100 aktörer',
    );
  });
});
