import { makeStyles, tokens } from '@fluentui/react-components';
import type { MilestoneStatus } from '../../../../api/domain/cycle/index.js';
import { pick, useLanguage, useTexts } from '../../i18n/language.js';
import type { CycleJson } from '../../../../api/contract/cycles.js';

const size = 420;
const centre = size / 2;
const innerRing = 120;
const outerRing = 158;
const labelRing = 196;

const useStyles = makeStyles({
  svg: { width: '100%', maxWidth: `${size}px`, height: 'auto' },
});

const statusColour: Record<MilestoneStatus, string> = {
  done: tokens.colorPaletteGreenForeground1,
  overdue: tokens.colorPaletteRedForeground1,
  dueSoon: tokens.colorPaletteDarkOrangeForeground1,
  upcoming: tokens.colorBrandForeground1,
};
// A mark inside each dot, so status never rests on colour alone.
const statusMark: Record<MilestoneStatus, string> = { done: '✓', overdue: '!', dueSoon: '•', upcoming: '' };

function angleOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  return ((Date.UTC(year, month - 1, day) - start) / length) * 2 * Math.PI;
}

function point(angle: number, radius: number): [number, number] {
  return [centre + radius * Math.sin(angle), centre - radius * Math.cos(angle)];
}

interface YearWheelProps {
  cycle: CycleJson;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

/**
 * Twelve months clockwise from January at the top. The work year's own milestones sit on the inner ring;
 * those that fall in the following spring (annual lägesbild, KS, KF) on the outer ring.
 */
export function YearWheel({ cycle, selectedId, onSelect }: YearWheelProps) {
  const texts = useTexts();
  const language = useLanguage();
  const styles = useStyles();
  const late = cycle.milestones.filter((m) => m.status === 'overdue').length;
  const soon = cycle.milestones.filter((m) => m.status === 'dueSoon').length;
  const todayYear = Number(cycle.today.slice(0, 4));
  const showToday = todayYear === cycle.year || todayYear === cycle.year + 1;
  const [todayX, todayY] = point(angleOf(cycle.today), todayYear === cycle.year ? innerRing + 18 : outerRing + 18);

  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={texts.cycle.wheelLabel(cycle.year, late, soon)}
    >
      <circle
        cx={centre}
        cy={centre}
        r={outerRing + 18}
        fill={tokens.colorNeutralBackground2}
        stroke={tokens.colorNeutralStroke2}
      />
      <circle
        cx={centre}
        cy={centre}
        r={innerRing}
        fill="none"
        stroke={tokens.colorNeutralStroke1}
        strokeDasharray="2 4"
      />
      <circle
        cx={centre}
        cy={centre}
        r={outerRing}
        fill="none"
        stroke={tokens.colorNeutralStroke1}
        strokeDasharray="2 4"
      />
      {texts.cycle.months.map((month, index) => {
        const angle = (index / 12) * 2 * Math.PI;
        const [x1, y1] = point(angle, 60);
        const [x2, y2] = point(angle, outerRing + 18);
        const [lx, ly] = point(angle + Math.PI / 12, labelRing);
        return (
          <g key={month}>
            <line x1={x1} y1={y1} x2={x2} y2={y2} stroke={tokens.colorNeutralStroke2} />
            <text
              x={lx}
              y={ly}
              textAnchor="middle"
              dominantBaseline="middle"
              fontSize="13"
              fill={tokens.colorNeutralForeground1}
            >
              {month}
            </text>
          </g>
        );
      })}
      <text
        x={centre}
        y={centre - 8}
        textAnchor="middle"
        fontSize="22"
        fontWeight="600"
        fill={tokens.colorNeutralForeground1}
      >
        {cycle.year}
      </text>
      <text x={centre} y={centre + 14} textAnchor="middle" fontSize="11" fill={tokens.colorNeutralForeground2}>
        {texts.cycle.nextYearRing(cycle.year + 1)}
      </text>
      {showToday && (
        <g>
          <line
            x1={centre}
            y1={centre}
            x2={todayX}
            y2={todayY}
            stroke={tokens.colorNeutralForeground1}
            strokeWidth="2"
          />
          <circle cx={todayX} cy={todayY} r="4" fill={tokens.colorNeutralForeground1} />
        </g>
      )}
      {cycle.milestones.map((milestone) => {
        const ring = Number(milestone.due.slice(0, 4)) > cycle.year ? outerRing : innerRing;
        const [x, y] = point(angleOf(milestone.due), ring);
        const selected = milestone.id === selectedId;
        return (
          // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; the milestone list beside the wheel is the keyboard and screen-reader way to choose
          <g
            key={milestone.id}
            onClick={() => onSelect(milestone.id)}
            style={{ cursor: 'pointer' }}
            data-milestone={milestone.id}
            data-due={milestone.due}
          >
            <title>{`${milestone.due} ${pick(language, { sv: milestone.title, en: milestone.titleEn })} – ${texts.cycle.status[milestone.status]}`}</title>
            <circle
              cx={x}
              cy={y}
              r={selected ? 13 : 10}
              fill={statusColour[milestone.status]}
              stroke={selected ? tokens.colorNeutralForeground1 : tokens.colorNeutralBackground1}
              strokeWidth={selected ? 3 : 2}
            />
            <text
              x={x}
              y={y}
              textAnchor="middle"
              dominantBaseline="central"
              fontSize="12"
              fontWeight="700"
              fill={tokens.colorNeutralForegroundOnBrand}
            >
              {statusMark[milestone.status]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
