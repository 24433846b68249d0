import {
  Body1,
  Button,
  Caption1,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { actionProgressSchema } from '../../../../api/domain/department-report.js';
import type { PartNumber, PlanParts } from '../../../../api/domain/action-plan/parts.js';
import { ApiError } from '../../api/client.js';
import { useActionChange } from '../../api/resources/action-plans.js';
import { useTexts } from '../../i18n/language.js';
import { withWritten, Written, writtenLang, writtenOr } from '../../i18n/written.js';
import type { ActionJson, Named } from './plan-types.js';
import { ScrollRegion } from '../common/ScrollRegion.js';
import { IconButton } from '../common/IconButton.js';
import { useConfirm } from '../common/ConfirmDialog.js';
import { TrafficLightBadge } from './TrafficLightBadge.js';
import { HistoryButton } from '../common/HistoryButton.js';

interface Props {
  year: number;
  part: PartNumber;
  actions: ActionJson[];
  /** The problems and protective factors each action answers. */
  part1: PlanParts[1];
  departments: Named[];
  actors: Named[];
  /** The plan's text may be changed (a draft, by the säkerhetschef). */
  editable: boolean;
  mayFollowUp: (action: ActionJson) => boolean;
  onEdit: (action: ActionJson | undefined) => void;
  onError: (error: ApiError | undefined) => void;
}

/** The actions of one part with who answers for them and how far they have come. */
export function ActionsList({
  year,
  part,
  actions,
  part1,
  departments,
  actors,
  editable,
  mayFollowUp,
  onEdit,
  onError,
}: Props) {
  const texts = useTexts();
  const t = texts.actionPlan;
  const [confirm, confirmation] = useConfirm();
  // Focus goes back to the button that opened a dialog once it closes.
  const restoreFocus = useRestoreFocusTarget();
  const change = useActionChange(year);
  const causesOf = (action: ActionJson) => [
    ...part1.problems.filter((p) => action.problemIds.includes(p.id)).map((p) => p.title),
    ...part1.factors.filter((f) => action.factorIds.includes(f.id)).map((f) => f.title),
  ];
  const responsibleOf = (action: ActionJson) =>
    departments.find((d) => d.id === action.departmentId)?.name ??
    actors.find((a) => a.id === action.actorId)?.name ??
    '–';
  // The plan is read again after each change, so the list shows what was saved.
  const call = async (work: () => Promise<unknown>) => {
    try {
      await work();
      onError(undefined);
    } catch (e) {
      onError(e instanceof ApiError ? e : undefined);
    }
  };
  const headingId = `actions-part-${part}`;

  return (
    <>
      {confirmation}
      <Subtitle2 as="h4" id={headingId}>
        {t.actions}
      </Subtitle2>
      {actions.length === 0 ? (
        <Body1>{t.noActions}</Body1>
      ) : (
        <ScrollRegion labelledBy={headingId}>
          <Table aria-labelledby={headingId} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.actionTitle}</TableHeaderCell>
                <TableHeaderCell>{t.causes}</TableHeaderCell>
                <TableHeaderCell>{t.responsible}</TableHeaderCell>
                <TableHeaderCell>{t.indicator}</TableHeaderCell>
                <TableHeaderCell>{t.followUpStatus}</TableHeaderCell>
                <TableHeaderCell>{t.rowActions}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {actions.map((action) => (
                <TableRow key={action.id}>
                  <TableCell>
                    <Written>{action.title}</Written>
                    {action.origin && <Caption1 block>{t.fromCouncil(action.origin.year)}</Caption1>}
                  </TableCell>
                  <TableCell>{writtenOr(causesOf(action).join('; '), t.noCauses)}</TableCell>
                  <TableCell lang={writtenLang}>{responsibleOf(action)}</TableCell>
                  <TableCell>
                    <Written>{action.indicator}</Written>
                    {action.target && (
                      <Caption1 block>
                        {t.target}: <Written>{action.target}</Written>
                      </Caption1>
                    )}
                  </TableCell>
                  <TableCell>
                    <TrafficLightBadge light={action.followUp.light} />
                    {mayFollowUp(action) ? (
                      <Select
                        aria-label={t.setStatus(action.title)}
                        value={action.followUp.status}
                        onChange={(_, d) =>
                          void call(() =>
                            change.mutateAsync({
                              method: 'PATCH',
                              path: `/api/action-plans/${year}/actions/${action.id}/status`,
                              body: { status: actionProgressSchema.parse(d.value) },
                              etag: action.etag,
                            }),
                          )
                        }
                      >
                        {actionProgressSchema.options.map((status) => (
                          <option key={status} value={status}>
                            {texts.reports.progressTitles[status]}
                          </option>
                        ))}
                      </Select>
                    ) : (
                      texts.reports.progressTitles[action.followUp.status]
                    )}
                    <Caption1 block>{t.statusSource[action.followUp.source]}</Caption1>
                  </TableCell>
                  <TableCell>
                    {editable && (
                      <>
                        <IconButton
                          icon={<EditRegular />}
                          label={t.editAction(action.title)}
                          onClick={() => onEdit(action)}
                        />
                        <Button
                          icon={<DeleteRegular />}
                          aria-label={t.removeAction(action.title)}
                          onClick={() =>
                            void confirm({
                              message: withWritten(t.confirmRemove, action.title),
                              confirmLabel: texts.confirm.remove,
                            }).then((yes) => {
                              if (yes)
                                void call(() =>
                                  change.mutateAsync({
                                    method: 'DELETE',
                                    path: `/api/action-plans/${year}/actions/${action.id}`,
                                    etag: action.etag,
                                  }),
                                );
                            })
                          }
                        />
                      </>
                    )}
                    <HistoryButton kind="action" id={action.id} what={t.actionName(action.title)} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
      {editable && (
        <div>
          <Button {...restoreFocus} icon={<AddRegular />} onClick={() => onEdit(undefined)}>
            {t.addAction}
          </Button>
        </div>
      )}
    </>
  );
}
