import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { CycleTemplate, Timing } from '../../../../api/domain/cycle/index.js';
import { milestoneTexts } from '../../../../api/domain/cycle/milestone-kinds.js';
import { pick, useLanguage, useTexts } from '../../i18n/language.js';
import { monthName } from '../common/format.js';
import { ScrollRegion } from '../common/ScrollRegion.js';

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
    return timing.day === 'last' ? t.onLastDay(month, timing.yearOffset === 1) : t.onDay(timing.day, month, timing.yearOffset === 1);
  };
  return (
    <ScrollRegion labelledBy="template-heading">
      <Table size="small" aria-labelledby="template-heading">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.milestone}</TableHeaderCell>
            <TableHeaderCell>{t.when}</TableHeaderCell>
            <TableHeaderCell>{texts.cycle.responsible}</TableHeaderCell>
            <TableHeaderCell>{t.reminders}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {template.milestones.map((milestone) => (
            <TableRow key={milestone.kind}>
              <TableCell>{titleOf(milestone.kind)}</TableCell>
              <TableCell>{when(milestone.timing)}</TableCell>
              <TableCell>{pick(language, milestone.responsible)}</TableCell>
              <TableCell>{milestone.reminderOffsetsDays.length ? t.remindersRead(milestone.reminderOffsetsDays.join(', ')) : t.noReminders}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
