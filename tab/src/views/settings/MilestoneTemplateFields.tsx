import { Checkbox, Field, makeStyles, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { Input } from '../common/text-fields.js';
import type { MilestoneTemplate, Timing } from '../../../../api/domain/cycle/index.js';
import { milestoneTexts } from '../../../../api/domain/cycle/milestone-kinds.js';
import { pick, useLanguage, useTexts } from '../../i18n/language.js';
import { WholeNumberInput } from '../common/WholeNumberInput.js';
import { LimitedField } from '../common/LimitedField.js';
import { lineLimit } from '../../../../api/domain/max-length.js';
import { bilingualTextSchema } from '../../../../api/domain/cycle/template-fields.js';

/** Swedish and English alike. */
const responsibleLimit = lineLimit(bilingualTextSchema.shape.sv);

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
  milestone: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  narrow: { width: '7rem' },
});

/** One milestone of the template as a group of fields: when it falls, who answers for it, its reminders. */
export function MilestoneTemplateFields(props: {
  milestone: MilestoneTemplate;
  /** Where its fields sit in the template, as the API names them in a refusal: milestones.<index>. */
  path: string;
  offsetText: string;
  offsetsValid: boolean;
  issue: (path: string) => string | undefined;
  onChange: (milestone: MilestoneTemplate) => void;
  onOffsetText: (text: string) => void;
}) {
  const { milestone, path, issue } = props;
  const texts = useTexts();
  const language = useLanguage();
  const styles = useStyles();
  const timing = milestone.timing;
  const titleOf = (kind: MilestoneTemplate['kind']) => pick(language, milestoneTexts[kind].title);
  const setTiming = (next: Timing) => props.onChange({ ...milestone, timing: next });
  return (
    <fieldset className={styles.milestone}>
      <legend>
        <Subtitle2>{titleOf(milestone.kind)}</Subtitle2>
      </legend>
      <div className={styles.row}>
        {timing.type === 'dayOfMonth' && (
          <>
            <Field label={texts.template.month} validationMessage={issue(`${path}.timing.month`)}>
              <Select
                value={String(timing.month)}
                onChange={(_, d) => setTiming({ ...timing, month: Number(d.value) })}
              >
                {texts.cycle.months.map((month, m) => (
                  <option key={month} value={m + 1}>
                    {month}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={texts.template.day} validationMessage={issue(`${path}.timing.day`)}>
              <WholeNumberInput
                className={styles.narrow}
                disabled={timing.day === 'last'}
                value={timing.day === 'last' ? Number.NaN : timing.day}
                onNumber={(day) => setTiming({ ...timing, day })}
              />
            </Field>
            <Checkbox
              checked={timing.day === 'last'}
              label={texts.template.lastDay}
              onChange={(_, d) => setTiming({ ...timing, day: d.checked === true ? 'last' : 28 })}
            />
            {/* A rule whose date falls before the milestone can be done (the annual picture in its own year) is refused here. */}
            <Field
              label={texts.template.yearOffset}
              validationMessage={issue(`${path}.timing.yearOffset`) ?? issue(`${path}.timing`)}
            >
              <Select
                value={String(timing.yearOffset)}
                onChange={(_, d) => setTiming({ ...timing, yearOffset: d.value === '1' ? 1 : 0 })}
              >
                <option value="0">{texts.template.sameYear}</option>
                <option value="1">{texts.template.nextYear}</option>
              </Select>
            </Field>
          </>
        )}
        {timing.type === 'afterQuarter' && (
          <Field
            label={texts.template.daysAfterQuarter}
            validationMessage={issue(`${path}.timing.daysAfterQuarterEnd`) ?? issue(`${path}.timing`)}
          >
            <WholeNumberInput
              className={styles.narrow}
              value={timing.daysAfterQuarterEnd}
              onNumber={(daysAfterQuarterEnd) => setTiming({ ...timing, daysAfterQuarterEnd })}
            />
          </Field>
        )}
        {timing.type === 'beforeMilestone' && (
          <Field
            label={texts.template.weeksBefore(titleOf(timing.kind))}
            validationMessage={issue(`${path}.timing.weeks`) ?? issue(`${path}.timing`)}
          >
            <WholeNumberInput
              className={styles.narrow}
              value={timing.weeks}
              onNumber={(weeks) => setTiming({ ...timing, weeks })}
            />
          </Field>
        )}
        <LimitedField
          value={pick(language, milestone.responsible)}
          max={responsibleLimit}
          label={texts.template.responsible}
          validationMessage={issue(`${path}.responsible.${language}`) ?? issue(`${path}.responsible.sv`)}
        >
          <Input
            lang={language}
            value={pick(language, milestone.responsible)}
            onChange={(_, d) =>
              props.onChange({ ...milestone, responsible: { ...milestone.responsible, [language]: d.value } })
            }
          />
        </LimitedField>
        <Field
          label={texts.template.reminders}
          hint={texts.template.remindersHelp}
          validationMessage={props.offsetsValid ? issue(`${path}.reminderOffsetsDays`) : texts.template.badReminders}
        >
          <Input value={props.offsetText} onChange={(_, d) => props.onOffsetText(d.value)} />
        </Field>
      </div>
    </fieldset>
  );
}
