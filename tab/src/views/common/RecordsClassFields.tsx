import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { Input } from './text-fields.js';
import { useTexts } from '../../i18n/language.js';
import { recordsClassSchema } from '../../../../api/domain/records/records.js';
import { lineLimit } from '../../../../api/domain/max-length.js';
import { LimitedField } from './LimitedField.js';

const recordsLimits = {
  handlingstyp: lineLimit(recordsClassSchema.shape.handlingstyp),
  sekretess: lineLimit(recordsClassSchema.shape.sekretess),
  gallringsfrist: lineLimit(recordsClassSchema.shape.gallringsfrist),
};

/** A document kind's line of the dokumenthanteringsplan as the person edits it: text, '' for none. */
export interface RecordsClassDraft {
  handlingstyp: string;
  sekretess: string;
  bevarande: 'bevaras' | 'gallras';
  gallringsfrist: string;
}

/**
 * Handlingstyp, sekretess, bevaras or gallras, and the gallringsfrist: the same four fields in the
 * dokumenthanteringsplan (Inställningar) and on one document's registration. `hints` adds the longer help.
 */
export function RecordsClassFields(props: {
  value: RecordsClassDraft;
  onChange: (change: Partial<RecordsClassDraft>) => void;
  message: (field: keyof RecordsClassDraft) => string | undefined;
  hints?: boolean;
}) {
  const texts = useTexts().records;
  const { value, onChange, message } = props;
  const hint = (text: string) => (props.hints ? { hint: text } : {});
  return (
    <>
      <LimitedField
        value={value.handlingstyp}
        max={recordsLimits.handlingstyp}
        label={texts.handlingstyp}
        required
        validationMessage={message('handlingstyp')}
      >
        <Input value={value.handlingstyp} onChange={(_, d) => onChange({ handlingstyp: d.value })} />
      </LimitedField>
      <LimitedField
        value={value.sekretess}
        max={recordsLimits.sekretess}
        label={texts.sekretess}
        {...hint(texts.sekretessHint)}
        validationMessage={message('sekretess')}
      >
        <Input
          value={value.sekretess}
          placeholder={texts.public}
          onChange={(_, d) => onChange({ sekretess: d.value })}
        />
      </LimitedField>
      <Field label={texts.bevarande} validationMessage={message('bevarande')}>
        <RadioGroup
          layout="horizontal"
          value={value.bevarande}
          onChange={(_, d) => onChange({ bevarande: d.value === 'gallras' ? 'gallras' : 'bevaras' })}
        >
          <Radio value="bevaras" label={texts.bevaras} />
          <Radio value="gallras" label={texts.gallras} />
        </RadioGroup>
      </Field>
      <LimitedField
        value={value.gallringsfrist}
        max={recordsLimits.gallringsfrist}
        label={texts.gallringsfrist}
        {...hint(texts.gallringsfristHint)}
        required={value.bevarande === 'gallras'}
        validationMessage={message('gallringsfrist')}
      >
        <Input value={value.gallringsfrist} onChange={(_, d) => onChange({ gallringsfrist: d.value })} />
      </LimitedField>
    </>
  );
}
