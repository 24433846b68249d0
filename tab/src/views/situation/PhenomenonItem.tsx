import type { Compilation } from '../../../../api/domain/situation/compilation.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { Written } from '../../i18n/written.js';
import { formatDate } from '../common/format.js';
import { SourceText } from './SourceText.js';

/** The quarter's and the annual lägesbild's new phenomena have one shape. */
type Phenomenon = Compilation['newPhenomena'][number];

/** A new phenomenon as the quarter and the annual lägesbild list it: when, where, what, and who saw it. */
export function PhenomenonItem({
  phenomenon: p,
  categoryName,
}: {
  phenomenon: Phenomenon;
  categoryName: (id: string) => string;
}) {
  const language = useLanguage();
  const kind = useTexts().situation.sourceTitles[p.source];
  return (
    <li>
      {formatDate(p.date, language)}, <Written>{p.area}</Written> ({categoryName(p.category)}):{' '}
      <Written>{p.description}</Written> – <SourceText kind={kind} name={p.sourceName} separator=", " />
    </li>
  );
}
