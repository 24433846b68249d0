import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTexts } from '../../i18n/language.js';
import { Written, withWritten, writtenLang } from '../../i18n/written.js';
import type { ActorJson, DepartmentJson, Minutes } from './council-types.js';
import { ScrollRegion } from '../common/ScrollRegion.js';

/** Who committed, in words: the actor, the municipality, or the municipality through a department. */
export function partyOf(
  c: Minutes['commitments'][number],
  actors: ActorJson[],
  departments: DepartmentJson[],
  texts: { municipality: string; municipalityDepartment: (name: string) => string },
): ReactNode {
  if (c.actorId) return <Written>{actors.find((a) => a.id === c.actorId)?.name ?? c.actorId}</Written>;
  if (c.departmentId)
    return withWritten(
      texts.municipalityDepartment,
      departments.find((d) => d.id === c.departmentId)?.name ?? c.departmentId,
    );
  return texts.municipality;
}

/** A council's commitments read-only: the minutes as readers see them, and last year's beside this year's. */
export function CommitmentsList({
  caption,
  commitments,
  actors,
  departments,
}: {
  caption: string;
  commitments: Minutes['commitments'];
  actors: ActorJson[];
  departments: DepartmentJson[];
}) {
  const texts = useTexts().council;
  return (
    <ScrollRegion label={caption}>
      <Table aria-label={caption} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{texts.who}</TableHeaderCell>
            <TableHeaderCell>{texts.what}</TableHeaderCell>
            <TableHeaderCell>{texts.byWhen}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {commitments.map((c) => (
            <TableRow key={c.id}>
              <TableCell>{partyOf(c, actors, departments, texts)}</TableCell>
              <TableCell lang={writtenLang}>{c.what}</TableCell>
              <TableCell>{c.byWhen ?? '–'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
