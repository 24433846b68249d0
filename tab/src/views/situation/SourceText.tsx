import { sourceLabel } from '../../../../api/domain/situation/source-label.js';
import { Written } from '../../i18n/written.js';

/** Where an entry comes from, as sourceLabel says it, the source's own name (a department, an actor) marked Swedish. */
export function SourceText({
  kind,
  name,
  separator = ': ',
}: {
  kind: string;
  name: string | null;
  separator?: string;
}) {
  if (sourceLabel(kind, name, separator) === kind) return kind;
  return (
    <>
      {kind}
      {separator}
      <Written>{name?.trim()}</Written>
    </>
  );
}
