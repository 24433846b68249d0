import { Body1, Button, makeStyles, Spinner, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { CycleJson } from '../../../../api/contract/cycles.js';
import type { ApiError } from '../../api/client.js';
import { useCurrentCycle, useCycle } from '../../api/resources/cycles.js';
import { pick, useLanguage, useTexts } from '../../i18n/language.js';
import { useSession } from '../../session.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { formatDate } from '../common/format.js';
import { MilestoneDetails } from './MilestoneDetails.js';
import { MilestoneList } from './MilestoneList.js';
import { YearWheel } from './YearWheel.js';
import { IconButton } from '../common/IconButton.js';

const useStyles = makeStyles({
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    marginBottom: tokens.spacingVerticalL,
  },
  year: { minWidth: '8rem', textAlign: 'center' },
  spacer: { flexGrow: 1 },
  summary: {
    display: 'flex',
    gap: tokens.spacingHorizontalXXL,
    flexWrap: 'wrap',
    marginBottom: tokens.spacingVerticalL,
  },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(16rem, 26rem) minmax(20rem, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** The home page: this year's wheel, what is late and next, and every milestone with its details. */
export function CycleView() {
  const texts = useTexts();
  const language = useLanguage();
  const styles = useStyles();
  const { api, me } = useSession();
  const current = useCurrentCycle();
  // Another year than the current one, once chosen.
  const [chosenYear, setChosenYear] = useState<number>();
  const other = useCycle(chosenYear);
  const read = chosenYear === undefined ? current : other;
  // While another year is read, the year shown stays (and the arrow keeps its focus) until the new one is here.
  const [shown, setShown] = useState<CycleJson>();
  if (read.data && read.data !== shown) setShown(read.data);
  const cycle = read.data ?? shown;
  const year = cycle?.year;
  const currentYear = current.data?.year;
  const [selectedId, setSelectedId] = useState<string>();
  const [actionError, setError] = useState<ApiError>();
  const [status, setStatus] = useState('');
  const error = actionError ?? read.error ?? undefined;

  // A chosen milestone's details stand below the list: focus moves there, so neither eye nor screen reader must look for them.
  const [chosen, setChosen] = useState(0);
  useEffect(() => {
    if (chosen === 0) return;
    const details = document.getElementById('milestone-details');
    details?.scrollIntoView({ block: 'start' });
    details?.focus({ preventScroll: true });
  }, [chosen]);
  const choose = (id: string) => {
    setSelectedId(id);
    setChosen((n) => n + 1);
  };

  const goTo = (next: number) => {
    setSelectedId(undefined);
    setError(undefined);
    setChosenYear(next === currentYear ? undefined : next);
  };

  if (error && !cycle) return <ErrorMessage error={error} />;
  if (!cycle || year === undefined) return <Spinner label={texts.loading} />;

  const late = cycle.milestones.filter((m) => m.status === 'overdue');
  const next = cycle.milestones.find((m) => m.status === 'dueSoon' || m.status === 'upcoming');
  const selected = cycle.milestones.find((m) => m.id === selectedId);
  const titleOf = (m: (typeof cycle.milestones)[number]) => pick(language, { sv: m.title, en: m.titleEn });

  return (
    <>
      <div className={styles.toolbar}>
        <IconButton icon={<ChevronLeftRegular />} label={texts.cycle.previousYear} onClick={() => goTo(year - 1)} />
        <Text className={styles.year} weight="semibold" size={400} aria-live="polite">
          {texts.cycle.workYear(year)}
        </Text>
        <IconButton icon={<ChevronRightRegular />} label={texts.cycle.nextYear} onClick={() => goTo(year + 1)} />
        {currentYear !== undefined && year !== currentYear && (
          <Button onClick={() => goTo(currentYear)}>{texts.cycle.currentYear}</Button>
        )}
        <span className={styles.spacer} />
        <Body1>{texts.cycle.today(formatDate(cycle.today, language))}</Body1>
        <Button
          icon={<ArrowDownloadRegular />}
          onClick={() =>
            void api
              .openFile(`/api/cycles/${year}/calendar.ics`, `trygghetshjulet-${cycle.municipality.slug}-${year}.ics`)
              .catch((e: ApiError) => setError(e))
          }
        >
          {texts.cycle.exportIcs}
        </Button>
      </div>
      <ErrorMessage error={error} />
      <div className={styles.summary}>
        <div>
          <Subtitle2 as="h2" block>
            {texts.cycle.late}
          </Subtitle2>
          {late.length === 0 ? (
            <Body1 as="p">{texts.cycle.nothingLate}</Body1>
          ) : (
            <ul>
              {late.map((m) => (
                <li key={m.id}>
                  {titleOf(m)} ({formatDate(m.due, language)})
                </li>
              ))}
            </ul>
          )}
        </div>
        {next && (
          <div>
            <Subtitle2 as="h2" block>
              {texts.cycle.next}
            </Subtitle2>
            <Body1 as="p">
              {titleOf(next)}, {formatDate(next.due, language)}
            </Body1>
          </div>
        )}
      </div>
      <div className={styles.columns}>
        <YearWheel cycle={cycle} selectedId={selectedId} onSelect={choose} />
        <div className={styles.side}>
          <Subtitle2 as="h2" block id="milestone-list-heading">
            {texts.cycle.listHeading}
          </Subtitle2>
          <MilestoneList
            milestones={cycle.milestones}
            selectedId={selectedId}
            onSelect={choose}
            labelledBy="milestone-list-heading"
          />
          {selected && (
            <MilestoneDetails year={year} milestone={selected} canEdit={me.can.editCycle} onChanged={setStatus} />
          )}
          <div role="status" aria-live="polite" className="visually-hidden">
            {status}
          </div>
        </div>
      </div>
    </>
  );
}
