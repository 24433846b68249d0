import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { pick, useLanguage } from '../../i18n/language.js';
import type { MilestoneJson } from '../../../../api/contract/cycles.js';
import { formatDate } from '../common/format.js';
import { StatusBadge } from './StatusBadge.js';
import { narrowScreen } from '../common/narrow.js';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    width: '100%',
    display: 'grid',
    gridTemplateColumns: '9rem 1fr auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    textAlign: 'left',
    font: 'inherit',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
    // Narrow: date and status on the first line, the title with all the width beneath, so none squeezes the other.
    [narrowScreen]: {
      gridTemplateColumns: 'minmax(0, 1fr) auto',
      gridTemplateAreas: '"date status" "text text"',
      rowGap: tokens.spacingVerticalXS,
    },
  },
  date: { [narrowScreen]: { gridArea: 'date' } },
  status: { [narrowScreen]: { gridArea: 'status', justifySelf: 'end' } },
  selected: { border: `2px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  text: { display: 'flex', flexDirection: 'column', [narrowScreen]: { gridArea: 'text', minWidth: 0 } },
});

interface MilestoneListProps {
  milestones: MilestoneJson[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  labelledBy: string;
}

/** The same milestones as the wheel, in date order, as buttons a keyboard and a screen reader can use. */
export function MilestoneList({ milestones, selectedId, onSelect, labelledBy }: MilestoneListProps) {
  const language = useLanguage();
  const styles = useStyles();
  return (
    <ol className={styles.list} aria-labelledby={labelledBy}>
      {milestones.map((milestone) => (
        <li key={milestone.id}>
          <button
            type="button"
            className={mergeClasses(styles.item, milestone.id === selectedId && styles.selected)}
            aria-pressed={milestone.id === selectedId}
            onClick={() => onSelect(milestone.id)}
            data-milestone={milestone.id}
          >
            <time className={styles.date} dateTime={milestone.due}>
              {formatDate(milestone.due, language)}
            </time>
            <span className={styles.text}>
              <span>{pick(language, { sv: milestone.title, en: milestone.titleEn })}</span>
              <Caption1>{pick(language, { sv: milestone.responsible, en: milestone.responsibleEn })}</Caption1>
            </span>
            <StatusBadge className={styles.status} status={milestone.status} />
          </button>
        </li>
      ))}
    </ol>
  );
}
