import { Body1, Button, Field, Input, Textarea } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import type { Part3 } from '../../../../api/domain/action-plan/parts.js';
import { useTexts } from '../../i18n/language.js';
import { newRowId } from './plan-types.js';
import { usePartStyles } from './part-styles.js';

interface Props {
  content: Part3;
  onChange: (content: Part3) => void;
  issue: (field: string) => string | undefined;
}

/** Part 3: who works with whom once a crime has occurred. */
export function Part3Fields({ content, onChange, issue }: Props) {
  const texts = useTexts().actionPlan.part3;
  const styles = usePartStyles();
  const set = (index: number, change: Partial<Part3['coordinations'][number]>) =>
    onChange({ coordinations: content.coordinations.map((c, i) => (i === index ? { ...c, ...change } : c)) });

  return (
    <div className={styles.stack}>
      <Body1>{texts.intro}</Body1>
      {content.coordinations.map((coordination, index) => (
        <fieldset
          key={coordination.id}
          className={styles.row}
          style={{ border: 'none', padding: 0, margin: 0, minWidth: 0 }}
          aria-label={`${texts.parties} ${index + 1}`}
        >
          <Field label={texts.parties} required validationMessage={issue(`coordinations.${index}.parties`)}>
            <Input value={coordination.parties} onChange={(_, d) => set(index, { parties: d.value })} />
          </Field>
          <Field label={texts.description} validationMessage={issue(`coordinations.${index}.description`)}>
            <Textarea
              resize="vertical"
              value={coordination.description}
              onChange={(_, d) => set(index, { description: d.value })}
            />
          </Field>
          <div>
            <Button
              icon={<DeleteRegular />}
              onClick={() => onChange({ coordinations: content.coordinations.filter((_, i) => i !== index) })}
            >
              {texts.removeCoordination(index + 1)}
            </Button>
          </div>
        </fieldset>
      ))}
      <div>
        <Button
          icon={<AddRegular />}
          onClick={() =>
            onChange({ coordinations: [...content.coordinations, { id: newRowId(), parties: '', description: '' }] })
          }
        >
          {texts.addCoordination}
        </Button>
      </div>
    </div>
  );
}
