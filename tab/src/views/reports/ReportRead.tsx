import { Badge, Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import {
  categoryChoiceOf,
  otherCategoryChoice,
  type DepartmentReportContent,
} from '../../../../api/domain/department-report.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { writtenLang } from '../../i18n/written.js';
import { Paragraphs } from '../common/ReadText.js';
import { ReadTable } from '../common/ReadTable.js';
import type { ReportJson } from '../../../../api/contract/reports.js';

const useStyles = makeStyles({ stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/** A department's report as its readers see it: the text, the observations and actions as tables, the proposals as a list. */
export function ReportRead({ report, content }: { report: ReportJson; content: DepartmentReportContent }) {
  const texts = useTexts().reports;
  const language = useLanguage();
  const styles = useStyles();
  const categoryOf = (observation: DepartmentReportContent['observations'][number]) => {
    const choice = categoryChoiceOf(
      observation,
      report.categories.map((c) => c.id),
    );
    if (choice.category === otherCategoryChoice) return choice.categoryOther;
    const listed = report.categories.find((c) => c.id === choice.category);
    return listed ? (language === 'en' ? listed.en : listed.sv) : choice.category;
  };
  const progressOf = (actionId: string) => content.actions.find((a) => a.actionId === actionId);

  return (
    <div className={styles.stack}>
      <Subtitle2 as="h3">{texts.situation}</Subtitle2>
      <Paragraphs text={content.situation} />

      <Subtitle2 as="h3" id="read-observations">
        {texts.observationsHeading}
      </Subtitle2>
      {content.observations.length === 0 ? (
        <Body1 as="p">{texts.noObservations}</Body1>
      ) : (
        <ReadTable
          labelledBy="read-observations"
          header={[texts.area, texts.category, texts.description]}
          written={[0, 2]}
          rows={content.observations.map((observation) => [
            observation.area,
            <>
              {categoryOf(observation)}{' '}
              {observation.newPhenomenon && <Badge appearance="tint">{texts.newPhenomenonYes}</Badge>}
            </>,
            observation.description || '–',
          ])}
        />
      )}

      <Subtitle2 as="h3" id="read-actions">
        {texts.actions}
      </Subtitle2>
      {report.actions.length === 0 ? (
        <Body1 as="p">{texts.noActions}</Body1>
      ) : (
        <ReadTable
          labelledBy="read-actions"
          header={[texts.action, texts.progress, texts.comment]}
          written={[0, 2]}
          rows={report.actions.map((action) => {
            const progress = progressOf(action.id);
            return [action.title, progress ? texts.progressTitles[progress.progress] : '–', progress?.comment || '–'];
          })}
        />
      )}

      <Subtitle2 as="h3">{texts.proposals}</Subtitle2>
      {content.proposals.length === 0 ? (
        <Body1 as="p">{texts.noReportProposals}</Body1>
      ) : (
        <ul>
          {content.proposals.map((proposal, index) => (
            <li key={index}>
              <Body1 lang={writtenLang}>{proposal}</Body1>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
