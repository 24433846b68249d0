import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planActionSchema, type PlanAction } from '../action.js';
import { carriedOver, followUpOf, summarise, type ReportedProgress } from './follow-up.js';
import { trafficLightOf } from './traffic-light.js';

const action = (fields: Partial<PlanAction> & { id: string }) => ({
  ...planActionSchema.parse({ year: 2026, title: `Åtgärd ${fields.id}`, part: 1, departmentId: 'd1', ...fields }),
  id: fields.id,
  etag: '"1"',
});
const report = (
  at: string,
  progress: ReportedProgress['actions'][number]['progress'],
  actionId = 'a1',
): ReportedProgress => ({
  departmentId: 'd1',
  submittedAt: at,
  actions: [{ actionId, progress, comment: `rapport ${at}` }],
});

describe('Brå’s traffic lights', () => {
  const light = (status: Parameters<typeof trafficLightOf>[0], start: string | null, end: string | null) =>
    trafficLightOf(status, { start, end }, '2026-06-15');
  it('is green when done or on time, yellow when going on past its end, red when not started or stopped', () => {
    expect(light('done', null, '2026-01-31')).toBe('green');
    expect(light('inProgress', '2026-01-01', '2026-12-31')).toBe('green');
    expect(light('inProgress', null, null)).toBe('green');
    expect(light('inProgress', '2026-01-01', '2026-05-31')).toBe('yellow');
    expect(light('notStarted', '2026-09-01', null)).toBe('green');
    expect(light('notStarted', '2026-06-01', null)).toBe('red');
    expect(light('notStarted', null, null)).toBe('red');
    expect(light('cancelled', '2026-09-01', null)).toBe('red');
  });
});

describe('follow-up of an action', () => {
  it('takes the newest word: the report, unless a status was set by hand after it', () => {
    const reported = report('2026-11-20T10:00:00Z', 'done');
    expect(followUpOf(action({ id: 'a1' }), [reported], '2026-11-24')).toMatchObject({
      status: 'done',
      source: 'report',
    });
    expect(
      followUpOf(
        action({ id: 'a1', status: 'cancelled', statusChangedAt: '2026-11-21T08:00:00Z' }),
        [reported],
        '2026-11-24',
      ),
    ).toMatchObject({ status: 'cancelled', source: 'manual' });
    expect(
      followUpOf(
        action({ id: 'a1', status: 'inProgress', statusChangedAt: '2026-11-01T08:00:00Z' }),
        [reported],
        '2026-11-24',
      ),
    ).toMatchObject({ status: 'done', source: 'report' });
    expect(followUpOf(action({ id: 'a1' }), [], '2026-11-24')).toEqual({
      status: 'notStarted',
      comment: '',
      source: 'none',
      at: null,
      light: 'red',
    });
  });

  it('reads only the responsible department’s reports, the newest first', () => {
    const other = { ...report('2026-11-29T10:00:00Z', 'cancelled'), departmentId: 'd2' };
    expect(
      followUpOf(
        action({ id: 'a1' }),
        [report('2026-11-10T10:00:00Z', 'inProgress'), report('2026-11-20T10:00:00Z', 'done'), other],
        '2026-11-24',
      ).status,
    ).toBe('done');
  });

  it('carries over exactly the unfinished actions, and counts every action once per part and responsible', () => {
    const statuses = fc.constantFrom('done', 'inProgress', 'notStarted', 'cancelled' as const);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            status: statuses,
            part: fc.integer({ min: 1, max: 4 }),
            department: fc.constantFrom('d1', 'd2', null),
          }),
          { maxLength: 30 },
        ),
        (rows) => {
          const actions = rows.map((row, index) => {
            const a = action({
              id: `a${index}`,
              status: row.status,
              part: row.part,
              departmentId: row.department,
              actorId: row.department ? null : 'x1',
            });
            return { ...a, followUp: followUpOf(a, [], '2026-11-24') };
          });
          const carried = carriedOver(actions, 2027);
          expect(carried.map((c) => c.carriedFromId)).toEqual(
            actions.filter((a) => a.status === 'notStarted' || a.status === 'inProgress').map((a) => a.id),
          );
          expect(carried.every((c) => c.year === 2027)).toBe(true);
          const summary = summarise(actions);
          const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
          expect(sum(summary.total)).toBe(actions.length);
          expect(
            Object.values(summary.byPart)
              .map(sum)
              .reduce((a, b) => a + b, 0),
          ).toBe(actions.length);
          expect(
            Object.values(summary.byResponsible)
              .map(sum)
              .reduce((a, b) => a + b, 0),
          ).toBe(actions.length);
        },
      ),
    );
  });
});
