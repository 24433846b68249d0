import { Checkbox, Field, Select } from '@fluentui/react-components';
import { Input, Textarea } from '../common/text-fields.js';
import { part2Schema, partRowLimits, type Part2 } from '../../../../api/domain/action-plan/parts.js';
import { lineLimit } from '../../../../api/domain/max-length.js';
import { useTexts } from '../../i18n/language.js';
import { writtenLang } from '../../i18n/written.js';
import type { Named } from './plan-types.js';
import { PlanRows } from './PlanRows.js';
import { usePartStyles } from './part-styles.js';
import { LimitedField } from '../common/LimitedField.js';
import { textLimits } from '../../../../api/domain/text-limits.js';

const signLimit = lineLimit(part2Schema.shape.signs.unwrap().element.shape.sign);

interface Props {
  content: Part2;
  onChange: (content: Part2) => void;
  issue: (field: string) => string | undefined;
  departments: Named[];
  actors: Named[];
}

/** Part 2: early warning signs in each operation, what is done at each, and who cooperates. */
export function Part2Fields({ content, onChange, issue, departments, actors }: Props) {
  const texts = useTexts().actionPlan.part2;
  const styles = usePartStyles();

  return (
    <div className={styles.stack}>
      <PlanRows
        rows={content.signs}
        onChange={(signs) => onChange({ signs })}
        label={texts.sign}
        removeLabel={texts.removeSign}
        addLabel={texts.addSign}
        max={partRowLimits.signs}
        what={texts.signsMany}
        issue={issue('signs')}
        empty={() => ({ departmentId: null, sign: '', response: '', actorIds: [], actorActions: '' })}
      >
        {(sign, set, index) => (
          <>
            <div className={styles.inline}>
              <Field label={texts.department}>
                <Select value={sign.departmentId ?? ''} onChange={(_, d) => set({ departmentId: d.value || null })}>
                  <option value="">{texts.noDepartment}</option>
                  {departments.map((department) => (
                    <option key={department.id} value={department.id} lang={writtenLang}>
                      {department.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <LimitedField
                value={sign.sign}
                max={signLimit}
                label={texts.sign}
                required
                className={styles.grow}
                validationMessage={issue(`signs.${index}.sign`)}
              >
                <Input value={sign.sign} onChange={(_, d) => set({ sign: d.value })} />
              </LimitedField>
            </div>
            <LimitedField
              value={sign.response}
              max={textLimits.comment}
              label={texts.response}
              validationMessage={issue(`signs.${index}.response`)}
            >
              <Textarea resize="vertical" value={sign.response} onChange={(_, d) => set({ response: d.value })} />
            </LimitedField>
            <fieldset className={styles.inline} style={{ border: 'none', padding: 0, margin: 0 }}>
              <legend>{texts.actors}</legend>
              {actors.map((actor) => (
                <Checkbox
                  key={actor.id}
                  label={actor.name}
                  checked={sign.actorIds.includes(actor.id)}
                  onChange={(_, d) =>
                    set({
                      actorIds:
                        d.checked === true
                          ? [...sign.actorIds, actor.id]
                          : sign.actorIds.filter((id) => id !== actor.id),
                    })
                  }
                />
              ))}
            </fieldset>
            <LimitedField
              value={sign.actorActions}
              max={textLimits.comment}
              label={texts.actorActions}
              validationMessage={issue(`signs.${index}.actorActions`)}
            >
              <Textarea
                resize="vertical"
                value={sign.actorActions}
                onChange={(_, d) => set({ actorActions: d.value })}
              />
            </LimitedField>
          </>
        )}
      </PlanRows>
    </div>
  );
}
