import { describe, expect, it } from 'vitest';
import { askersundTemplate } from './askersund-template.js';
import { cycleTemplateInputSchema, cycleTemplateSchema } from './template.js';

const withMilestones = (milestones: typeof askersundTemplate.milestones) => ({ ...askersundTemplate, milestones });

describe('cycle template', () => {
  it('accepts Askersund’s defaults', () => {
    expect(cycleTemplateSchema.parse(askersundTemplate)).toEqual(askersundTemplate);
  });

  it('needs every milestone kind exactly once', () => {
    const missing = cycleTemplateSchema.safeParse(
      withMilestones(askersundTemplate.milestones.filter((m) => m.kind !== 'council-report')),
    );
    expect(missing.error?.issues.map((i) => i.message)).toContain(
      'milstolpen council-report ska finnas exakt en gång (finns 0)',
    );
    const twice = cycleTemplateSchema.safeParse(
      withMilestones([...askersundTemplate.milestones, askersundTemplate.milestones[1]!]),
    );
    expect(twice.success).toBe(false);
  });

  it('refuses timing loops, timing from the quarterly compilations and from itself', () => {
    const loop = askersundTemplate.milestones.map((m) =>
      m.kind === 'strategic-council'
        ? { ...m, timing: { type: 'beforeMilestone' as const, kind: 'council-preparation' as const, weeks: 1 } }
        : m,
    );
    const result = cycleTemplateSchema.safeParse(withMilestones(loop));
    expect(result.error?.issues.some((i) => i.message.includes('slinga'))).toBe(true);
    const fromQuarters = askersundTemplate.milestones.map((m) =>
      m.kind === 'council-report'
        ? { ...m, timing: { type: 'beforeMilestone' as const, kind: 'est-police-compilation' as const, weeks: 1 } }
        : m,
    );
    expect(cycleTemplateSchema.safeParse(withMilestones(fromQuarters)).error?.issues[0]?.path).toEqual([
      'milestones',
      7,
      'timing',
    ]);
  });

  it('refuses an unusable municipality slug and impossible months', () => {
    expect(
      cycleTemplateSchema.safeParse({ ...askersundTemplate, municipality: { name: 'X', slug: 'Åsele kommun' } })
        .success,
    ).toBe(false);
    const badMonth = askersundTemplate.milestones.map((m) =>
      m.kind === 'department-report'
        ? { ...m, timing: { type: 'dayOfMonth' as const, month: 13, day: 1, yearOffset: 0 as const } }
        : m,
    );
    expect(cycleTemplateSchema.safeParse(withMilestones(badMonth)).success).toBe(false);
  });
});

describe('a template as it is saved', () => {
  it('refuses a rule that puts a deadline before the milestone can be done, and still reads one stored before', () => {
    const early = structuredClone(askersundTemplate);
    const compilation = early.milestones.find((m) => m.kind === 'est-police-compilation')!;
    compilation.timing = { type: 'afterQuarter', daysAfterQuarterEnd: 0 };
    const report = early.milestones.find((m) => m.kind === 'council-report')!;
    report.timing = { type: 'dayOfMonth', month: 12, day: 15, yearOffset: 0 };
    const refused = cycleTemplateInputSchema.safeParse(early);
    expect(refused.success).toBe(false);
    const paths = refused.error!.issues.map((issue) => issue.path.join('.'));
    expect(new Set(paths)).toEqual(
      new Set([
        `milestones.${early.milestones.indexOf(compilation)}.timing`,
        `milestones.${early.milestones.indexOf(report)}.timing`,
      ]),
    );
    expect(cycleTemplateSchema.safeParse(early).success).toBe(true);
    expect(cycleTemplateInputSchema.safeParse(askersundTemplate).success).toBe(true);
  });
});
