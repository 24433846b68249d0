import {
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { Input } from '../common/text-fields.js';
import { DeleteRegular } from '@fluentui/react-icons';
import { minutesRowLimits } from '../../../../api/domain/council/minutes.js';
import { textLimits } from '../../../../api/domain/text-limits.js';
import { LimitedField } from '../common/LimitedField.js';
import { useTexts } from '../../i18n/language.js';
import { writtenLang } from '../../i18n/written.js';
import { newRowId, type ActorJson, type DepartmentJson, type Minutes } from './council-types.js';
import { ScrollRegion } from '../common/ScrollRegion.js';
import { AddRowButton } from '../common/AddRowButton.js';
import { IconButton } from '../common/IconButton.js';
import { DateInput } from '../common/DateInput.js';

type Commitment = Minutes['commitments'][number];

/** "Who" is an actor, the municipality, or the municipality through one department; one select says which. */
const whoValue = (c: Commitment) =>
  c.actorId ? `actor:${c.actorId}` : c.departmentId ? `department:${c.departmentId}` : 'municipality';
function fromWho(value: string): Pick<Commitment, 'actorId' | 'departmentId'> {
  const [kind, id = null] = value.split(':');
  return { actorId: kind === 'actor' ? id : null, departmentId: kind === 'department' ? id : null };
}

/** The commitments of the minutes as rows: who, what, by when. */
export function CommitmentsEditor({
  commitments,
  actors,
  departments,
  onChange,
  issue,
  listIssue,
  councilDate,
}: {
  commitments: Commitment[];
  /** The council's day: a commitment made there is due on it or later. */
  councilDate?: string | undefined;
  actors: ActorJson[];
  departments: DepartmentJson[];
  onChange: (next: Commitment[]) => void;
  /** The service's refusal of a field, by its path within the commitments ('0.what'), said in its cell. */
  issue: (field: string) => string | undefined;
  /** The service's refusal of the list as a whole. */
  listIssue?: string | undefined;
}) {
  const texts = useTexts().council;
  const update = (index: number, patch: Partial<Commitment>) =>
    onChange(commitments.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <>
      <ScrollRegion label={texts.commitmentsCaption}>
        <Table aria-label={texts.commitmentsCaption} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{texts.who}</TableHeaderCell>
              <TableHeaderCell>{texts.what}</TableHeaderCell>
              <TableHeaderCell>{texts.byWhen}</TableHeaderCell>
              <TableHeaderCell>{texts.manage}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {commitments.map((commitment, index) => (
              <TableRow key={commitment.id}>
                <TableCell>
                  <Field validationMessage={issue(`${index}.actorId`) ?? issue(`${index}.departmentId`)}>
                    <Select
                      aria-label={texts.commitmentWho(index + 1)}
                      value={whoValue(commitment)}
                      onChange={(_, d) => update(index, fromWho(d.value))}
                    >
                      <option value="municipality">{texts.municipality}</option>
                      {departments.map((d) => (
                        <option key={d.id} value={`department:${d.id}`}>
                          {texts.municipalityDepartment(d.name)}
                        </option>
                      ))}
                      {actors.map((a) => (
                        <option key={a.id} value={`actor:${a.id}`} lang={writtenLang}>
                          {a.name}
                        </option>
                      ))}
                    </Select>
                  </Field>
                </TableCell>
                <TableCell>
                  <LimitedField
                    value={commitment.what}
                    max={textLimits.note}
                    validationMessage={issue(`${index}.what`)}
                  >
                    <Input
                      aria-label={texts.commitmentWhat(index + 1)}
                      value={commitment.what}
                      onChange={(_, d) => update(index, { what: d.value })}
                    />
                  </LimitedField>
                </TableCell>
                <TableCell>
                  <Field validationMessage={issue(`${index}.byWhen`)}>
                    <DateInput
                      aria-label={texts.commitmentByWhen(index + 1)}
                      min={councilDate}
                      value={commitment.byWhen ?? ''}
                      onChange={(_, d) => update(index, { byWhen: d.value === '' ? null : d.value })}
                    />
                  </Field>
                </TableCell>
                <TableCell>
                  <IconButton
                    size="small"
                    icon={<DeleteRegular />}
                    label={texts.removeCommitment(index + 1)}
                    onClick={() => onChange(commitments.filter((_, i) => i !== index))}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      <AddRowButton
        count={commitments.length}
        max={minutesRowLimits.commitments}
        what={texts.commitmentsMany}
        issue={listIssue}
        onAdd={() =>
          onChange([...commitments, { id: newRowId(), actorId: null, departmentId: null, what: '', byWhen: null }])
        }
      >
        {texts.addCommitment}
      </AddRowButton>
    </>
  );
}
