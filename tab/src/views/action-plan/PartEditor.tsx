import { Textarea } from '../common/text-fields.js';
import type { PartNumber, PlanParts } from '../../../../api/domain/action-plan/parts.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { ConflictNotice, SaveStatus } from '../common/AutosaveNotices.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { fieldError } from '../common/field-error.js';
import { Part1Fields } from './Part1Fields.js';
import { Part2Fields } from './Part2Fields.js';
import { Part3Fields } from './Part3Fields.js';
import type { Named } from './plan-types.js';
import { usePartAutosave } from './use-part-autosave.js';
import { LimitedField } from '../common/LimitedField.js';
import { textLimits } from '../../../../api/domain/text-limits.js';

interface Props<P extends PartNumber> {
  year: number;
  part: P;
  initial: { content: PlanParts[P]; etag: string };
  departments: Named[];
  actors: Named[];
}

/** One part's own text for the säkerhetschef, saved as it is written; a conflict shows both versions and lets the writer choose. */
export function PartEditor<P extends PartNumber>({ year, part, initial, departments, actors }: Props<P>) {
  const texts = useTexts().actionPlan;
  const language = useLanguage();
  const { content, change, state, error, theirs, keepMine, useTheirs } = usePartAutosave(year, part, initial);
  const issue = (field: string) => fieldError(error, field, language);
  // Each part has its own shape; `part` decides which one `content` holds.
  const onChange = change as (content: PlanParts[PartNumber]) => void;
  const fields =
    part === 1 ? (
      <Part1Fields year={year} content={content as PlanParts[1]} onChange={onChange} issue={issue} />
    ) : part === 2 ? (
      <Part2Fields
        content={content as PlanParts[2]}
        onChange={onChange}
        issue={issue}
        departments={departments}
        actors={actors}
      />
    ) : part === 3 ? (
      <Part3Fields content={content as PlanParts[3]} onChange={onChange} issue={issue} />
    ) : (
      <LimitedField
        label={texts.part4.introduction}
        value={(content as PlanParts[4]).introduction}
        max={textLimits.description}
        validationMessage={issue('introduction')}
      >
        <Textarea
          resize="vertical"
          value={(content as PlanParts[4]).introduction}
          onChange={(_, d) => onChange({ introduction: d.value })}
        />
      </LimitedField>
    );

  return (
    <>
      {theirs && <ConflictNotice theirText={summaryOf(theirs.content)} onKeepMine={keepMine} onUseTheirs={useTheirs} />}
      {state === 'failed' && !error?.issues.length && <ErrorMessage error={error} />}
      {fields}
      <SaveStatus state={state} />
    </>
  );
}

/** The other person's version in words, for choosing between the two. */
function summaryOf(content: PlanParts[PartNumber]): string {
  const lines: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string' && value.trim() && !/^[A-Za-z0-9_-]{8}$/.test(value)) lines.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) if (key !== 'id') walk(inner);
  };
  walk(content);
  return lines.join('\n');
}
