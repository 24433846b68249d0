import { Body1 } from '@fluentui/react-components';
import { Input, Textarea } from '../common/text-fields.js';
import { part3Schema, partRowLimits, type Part3 } from '../../../../api/domain/action-plan/parts.js';
import { lineLimit } from '../../../../api/domain/max-length.js';
import { useTexts } from '../../i18n/language.js';
import { PlanRows } from './PlanRows.js';
import { usePartStyles } from './part-styles.js';
import { LimitedField } from '../common/LimitedField.js';
import { textLimits } from '../../../../api/domain/text-limits.js';

const partiesLimit = lineLimit(part3Schema.shape.coordinations.unwrap().element.shape.parties);

interface Props {
  content: Part3;
  onChange: (content: Part3) => void;
  issue: (field: string) => string | undefined;
}

/** Part 3: who works with whom once a crime has occurred. */
export function Part3Fields({ content, onChange, issue }: Props) {
  const texts = useTexts().actionPlan.part3;
  const styles = usePartStyles();

  return (
    <div className={styles.stack}>
      <Body1>{texts.intro}</Body1>
      <PlanRows
        rows={content.coordinations}
        onChange={(coordinations) => onChange({ coordinations })}
        label={texts.parties}
        removeLabel={texts.removeCoordination}
        addLabel={texts.addCoordination}
        max={partRowLimits.coordinations}
        what={texts.coordinationsMany}
        issue={issue('coordinations')}
        empty={() => ({ parties: '', description: '' })}
      >
        {(coordination, set, index) => (
          <>
            <LimitedField
              value={coordination.parties}
              max={partiesLimit}
              label={texts.parties}
              required
              validationMessage={issue(`coordinations.${index}.parties`)}
            >
              <Input value={coordination.parties} onChange={(_, d) => set({ parties: d.value })} />
            </LimitedField>
            <LimitedField
              value={coordination.description}
              max={textLimits.description}
              label={texts.description}
              validationMessage={issue(`coordinations.${index}.description`)}
            >
              <Textarea
                resize="vertical"
                value={coordination.description}
                onChange={(_, d) => set({ description: d.value })}
              />
            </LimitedField>
          </>
        )}
      </PlanRows>
    </div>
  );
}
