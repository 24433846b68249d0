import { Body1, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { withWritten } from '../../i18n/written.js';
import { useSession } from '../../session.js';
import { formatDate } from '../common/format.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { SaveOutcome } from './SaveOutcome.js';
import { HistoryButton } from '../common/HistoryButton.js';
import { YearSelect } from '../common/YearSelect.js';
import { CommitmentResults } from './CommitmentResults.js';
import { CouncilSetupForm } from './CouncilSetupForm.js';
import { MaterialsTable } from './MaterialsTable.js';
import { PreparationForm } from './PreparationForm.js';
import { usePageStyles } from '../common/page-styles.js';
import { useCouncilYear } from './use-council-year.js';

/** #/strategiskt-rad/planering/<year>: date, place and invited actors, their material, the joint preparation. */
export function PlanningPage({ path }: { path: string[] }) {
  const texts = useTexts().council;
  const styles = usePageStyles();
  const language = useLanguage();
  const { me } = useSession();
  const { year, currentYear, today, actors, council, error, setError, reload, chooseYear, editable } = useCouncilYear(
    'planering',
    path,
  );
  if (year === undefined || currentYear === undefined || today === undefined || !council)
    return error ? <ErrorMessage error={error} /> : <Spinner label={texts.loading} />;
  // A representative's own part: the actor's written lägesbild, to hand in here.
  const own = me.can.writeActorEntries ? council.materials.find((m) => m.actorId === me.actorId) : undefined;
  return (
    <div className={styles.page}>
      <div className={styles.row}>
        <YearSelect label={texts.year} year={year} currentYear={currentYear} ahead={1} onChange={chooseYear} />
        {council.id && <HistoryButton kind="council" id={council.id} what={texts.councilName(year)} />}
      </div>
      {!editable && <Body1 as="p">{council.planned ? texts.readOnly : texts.notPlannedReader(year)}</Body1>}
      <SaveOutcome error={error} onReload={() => void reload()} />
      {council.planned && council.date && (
        <Body1 as="p">
          {texts.dates(
            formatDate(council.date, language),
            council.requestDue && formatDate(council.requestDue, language),
            council.preparationDue && formatDate(council.preparationDue, language),
          )}
        </Body1>
      )}
      {own && (
        <MessageBar intent={own.receivedOn ? 'success' : 'info'}>
          <MessageBarBody>
            {own.receivedOn
              ? withWritten((name) => texts.ownReceived(name, formatDate(own.receivedOn!, language)), own.actorName)
              : withWritten(
                  (name) =>
                    texts.ownRequested(name, council.requestDue ? formatDate(council.requestDue, language) : '–'),
                  own.actorName,
                )}
          </MessageBarBody>
        </MessageBar>
      )}
      {editable && (
        <>
          {!council.planned && <h3>{texts.planHeading(year)}</h3>}
          <CouncilSetupForm key={year} council={council} actors={actors} />
        </>
      )}
      {council.planned && (
        <>
          <section className={styles.section} aria-label={texts.materialHeading}>
            <h3>{texts.materialHeading}</h3>
            <MaterialsTable
              council={council}
              today={today}
              editable={editable}
              ownActorId={own?.actorId ?? null}
              onError={setError}
            />
          </section>
          <CommitmentResults year={year - 1} />
          <PreparationForm
            key={`prep-${year}`}
            council={council}
            editable={editable}
            onError={setError}
            error={error}
          />
        </>
      )}
    </div>
  );
}
