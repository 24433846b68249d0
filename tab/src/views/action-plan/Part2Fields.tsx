import { Button, Checkbox, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import type { Part2 } from '../../../../api/domain/action-plan/parts.js';
import { useTexts } from '../../i18n/language.js';
import { newRowId, type Named } from './plan-types.js';
import { usePartStyles } from './part-styles.js';

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
  const setSign = (index: number, change: Partial<Part2['signs'][number]>) =>
    onChange({ signs: content.signs.map((s, i) => (i === index ? { ...s, ...change } : s)) });

  return (
    <div className={styles.stack}>
      {content.signs.map((sign, index) => (
        <fieldset
          key={sign.id}
          className={styles.row}
          style={{ border: 'none', padding: 0, margin: 0, minWidth: 0 }}
          aria-label={`${texts.sign} ${index + 1}`}
        >
          <div className={styles.inline}>
            <Field label={texts.department}>
              <Select
                value={sign.departmentId ?? ''}
                onChange={(_, d) => setSign(index, { departmentId: d.value || null })}
              >
                <option value="">{texts.noDepartment}</option>
                {departments.map((department) => (
                  <option key={department.id} value={department.id}>
                    {department.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={texts.sign} required className={styles.grow} validationMessage={issue(`signs.${index}.sign`)}>
              <Input value={sign.sign} onChange={(_, d) => setSign(index, { sign: d.value })} />
            </Field>
          </div>
          <Field label={texts.response} validationMessage={issue(`signs.${index}.response`)}>
            <Textarea
              resize="vertical"
              value={sign.response}
              onChange={(_, d) => setSign(index, { response: d.value })}
            />
          </Field>
          <fieldset className={styles.inline} style={{ border: 'none', padding: 0, margin: 0 }}>
            <legend>{texts.actors}</legend>
            {actors.map((actor) => (
              <Checkbox
                key={actor.id}
                label={actor.name}
                checked={sign.actorIds.includes(actor.id)}
                onChange={(_, d) =>
                  setSign(index, {
                    actorIds:
                      d.checked === true ? [...sign.actorIds, actor.id] : sign.actorIds.filter((id) => id !== actor.id),
                  })
                }
              />
            ))}
          </fieldset>
          <Field label={texts.actorActions} validationMessage={issue(`signs.${index}.actorActions`)}>
            <Textarea
              resize="vertical"
              value={sign.actorActions}
              onChange={(_, d) => setSign(index, { actorActions: d.value })}
            />
          </Field>
          <div>
            <Button
              icon={<DeleteRegular />}
              onClick={() => onChange({ signs: content.signs.filter((_, i) => i !== index) })}
            >
              {texts.removeSign(index + 1)}
            </Button>
          </div>
        </fieldset>
      ))}
      <div>
        <Button
          icon={<AddRegular />}
          onClick={() =>
            onChange({
              signs: [
                ...content.signs,
                { id: newRowId(), departmentId: null, sign: '', response: '', actorIds: [], actorActions: '' },
              ],
            })
          }
        >
          {texts.addSign}
        </Button>
      </div>
    </div>
  );
}
