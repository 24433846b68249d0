import { z } from 'zod';
import { cycleToIcs } from '../../domain/cycle/ics.js';
import { completableFrom } from '../../domain/cycle/completable.js';
import { cycleSchema } from '../../contract/cycles.js';
import type { CycleView } from '../../services/cycle-service.js';
import type { AppContext } from '../../app-context.js';
import { defineRoute } from '../route.js';
import { milestoneChangeSchema } from '../../domain/cycle/milestone-change.js';
import { yearParams } from '../schemas.js';

export const cycleRoutes = (ctx: AppContext) => {
  const present = async (view: CycleView) => {
    const people = await ctx.organisation.listPeople();
    const nameOf = (id: string) => people.find((p) => p.objectId === id)?.displayName ?? id;
    return {
      year: view.year,
      today: view.today,
      municipality: view.municipality,
      milestones: view.milestones.map(({ milestone: m, status, completion, departments }) => ({
        id: m.id,
        kind: m.kind,
        ...(m.sequence === undefined ? {} : { sequence: m.sequence }),
        title: m.title.sv,
        titleEn: m.title.en,
        description: m.description.sv,
        descriptionEn: m.description.en,
        due: m.due,
        nominalDue: m.nominalDue,
        ...(m.adjustedFrom
          ? {
              adjustedFrom: {
                date: m.adjustedFrom.date,
                reason: m.adjustedFrom.reason.sv,
                reasonEn: m.adjustedFrom.reason.en,
              },
            }
          : {}),
        setByHand: m.setByHand,
        ...(m.moved ? { moved: { ...m.moved, byName: nameOf(m.moved.by) } } : {}),
        status,
        responsible: m.responsible.sv,
        responsibleEn: m.responsible.en,
        responsibleRole: m.responsibleRole,
        reminderOffsetsDays: m.reminderOffsetsDays,
        completableFrom: completableFrom(m, view.year)?.date ?? null,
        ...(completion
          ? {
              completion: {
                doneAt: completion.doneAt,
                decisionParagraph: completion.decisionParagraph,
                note: completion.note,
                markedBy: completion.markedBy,
                markedByName: nameOf(completion.markedBy),
              },
            }
          : {}),
        ...(departments ? { departments } : {}),
      })),
    };
  };

  return [
    defineRoute({
      method: 'get',
      path: '/api/cycles/current',
      summary: 'Årshjulet som pågår i dag / the cycle running today',
      tags: ['Årshjul'],
      access: 'signedIn',
      responses: { 200: { description: 'Årets milstolpar', schema: cycleSchema } },
      handler: async () => ({ body: await present(await ctx.cycles.view(await ctx.cycles.currentYear())) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/cycles/{year}',
      summary: 'Årshjulet för ett arbetsår / the cycle of a work year',
      tags: ['Årshjul'],
      access: 'signedIn',
      params: yearParams,
      responses: { 200: { description: 'Årets milstolpar', schema: cycleSchema } },
      handler: async ({ params }) => ({ body: await present(await ctx.cycles.view(params.year)) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/cycles/{year}/milestones/{id}',
      summary: 'Flytta ett datum eller markera klar / move a date or mark done',
      tags: ['Årshjul'],
      access: ['SecurityChief'],
      params: yearParams.extend({ id: z.string().min(1).max(80) }),
      body: milestoneChangeSchema,
      responses: { 200: { description: 'Årshjulet efter ändringen', schema: cycleSchema } },
      handler: async ({ params, body, caller }) => {
        return { body: await present(await ctx.cycles.change(params.year, params.id, body, caller.id)) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/cycles/{year}/calendar.ics',
      summary: 'Årshjulet som kalenderfil för Outlook / the year as an iCalendar file',
      tags: ['Årshjul'],
      access: 'signedIn',
      params: yearParams,
      responses: { 200: { description: 'iCalendar', contentType: 'text/calendar' } },
      handler: async ({ params }) => {
        const view = await ctx.cycles.view(params.year);
        const ics = cycleToIcs(
          view.milestones.map((m) => m.milestone),
          {
            municipality: view.municipality,
            year: params.year,
            productUrl: ctx.config.publicUrl,
            generatedAt: ctx.clock.now(),
            templateRevision: await ctx.settings.cycleTemplateRevision(),
          },
        );
        return {
          raw: ics,
          contentType: 'text/calendar; charset=utf-8',
          headers: {
            'Content-Disposition': `attachment; filename="trygghetshjulet-${view.municipality.slug}-${params.year}.ics"`,
          },
        };
      },
    }),
  ];
};
