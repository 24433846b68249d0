import {
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { actionProgressSchema } from '../../../../api/domain/department-report.js';
import { useTexts } from '../../i18n/language.js';
import { writtenLang } from '../../i18n/written.js';
import type { Named, PlanJson, StatusCounts } from './plan-types.js';
import { ScrollRegion } from '../common/ScrollRegion.js';

/** How far the plan has come: done, in progress, not started and cancelled, per part and per responsible party. */
export function FollowUpSummary({
  plan,
  departments,
  actors,
}: {
  plan: PlanJson;
  departments: Named[];
  actors: Named[];
}) {
  const texts = useTexts();
  const t = texts.actionPlan;
  const nameOf = (key: string) =>
    (key.startsWith('actor:')
      ? actors.find((a) => `actor:${a.id}` === key)?.name
      : departments.find((d) => d.id === key)?.name) ?? '–';
  const table = (id: string, caption: string, first: string, rows: [string, StatusCounts][], written = false) => (
    <>
      <Subtitle2 as="h4" id={id}>
        {caption}
      </Subtitle2>
      <ScrollRegion labelledBy={id}>
        <Table aria-labelledby={id} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{first}</TableHeaderCell>
              {actionProgressSchema.options.map((status) => (
                <TableHeaderCell key={status}>{texts.reports.progressTitles[status]}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map(([label, counts]) => (
              <TableRow key={label}>
                <TableCell lang={written ? writtenLang : undefined}>{label}</TableCell>
                {actionProgressSchema.options.map((status) => (
                  <TableCell key={status}>{counts[status]}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
    </>
  );
  return (
    <>
      {table('follow-up-by-part', t.followUpByPart, t.partColumn, [
        ...Object.entries(plan.followUp.byPart).map(([part, counts]): [string, StatusCounts] => [part, counts]),
        [t.total, plan.followUp.total],
      ])}
      {table(
        'follow-up-by-responsible',
        t.followUpByResponsible,
        t.responsible,
        Object.entries(plan.followUp.byResponsible).map(([key, counts]): [string, StatusCounts] => [
          nameOf(key),
          counts,
        ]),
        true,
      )}
    </>
  );
}
