import type { CycleTemplate, Timing } from '../../../../api/domain/cycle/index.js';
import { milestoneTexts } from '../../../../api/domain/cycle/milestone-kinds.js';
import { pick, useLanguage, useTexts } from '../../i18n/language.js';
import { monthName } from '../common/format.js';
import { ReadTable } from '../common/ReadTable.js';

/** The årshjul's template as its readers see it: each milestone, when it falls, who answers for it, its reminders. */
export function TemplateRead({ template }: { template: CycleTemplate }) {
  const texts = useTexts();
  const t = texts.template;
  const language = useLanguage();
  const titleOf = (kind: keyof typeof milestoneTexts) => pick(language, milestoneTexts[kind].title);
  const when = (timing: Timing) => {
    if (timing.type === 'afterQuarter') return t.afterEachQuarter(timing.daysAfterQuarterEnd);
    if (timing.type === 'beforeMilestone') return t.before(timing.weeks, titleOf(timing.kind));
    const month = monthName(timing.month, language);
    return timing.day === 'last'
      ? t.onLastDay(month, timing.yearOffset === 1)
      : t.onDay(timing.day, month, timing.yearOffset === 1);
  };
  return (
    <ReadTable
      labelledBy="template-heading"
      header={[t.milestone, t.when, texts.cycle.responsible, t.reminders]}
      rows={template.milestones.map((milestone) => [
        titleOf(milestone.kind),
        when(milestone.timing),
        pick(language, milestone.responsible),
        milestone.reminderOffsetsDays.length
          ? t.remindersRead(milestone.reminderOffsetsDays.join(', '))
          : t.noReminders,
      ])}
    />
  );
}
