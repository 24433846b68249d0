import { Body1, Caption1, Link } from '@fluentui/react-components';
import type { AnnualSectionId } from '../../../../../api/domain/situation/annual-sections.js';
import type { ApiError } from '../../../api/client.js';
import { useLanguage, useTexts } from '../../../i18n/language.js';
import { Written, withWritten } from '../../../i18n/written.js';
import { useSession } from '../../../session.js';
import { formatDate } from '../../common/format.js';
import type { AnnualJson } from './annual-types.js';

/**
 * Under a section: what the actors wrote for the year's strategic council under the same heading, and under
 * the summary each actor's written lägesbild and the joint preparation with the police, as the plan says
 * the council's material feeds the annual lägesbild.
 */
export function FromCouncil({
  section,
  annual,
  onError,
}: {
  section: AnnualSectionId;
  annual: AnnualJson;
  onError: (error: ApiError) => void;
}) {
  const t = useTexts().situation;
  const language = useLanguage();
  const { api } = useSession();
  const council = annual.material.council;
  if (!council) return null;
  const written = council.actors.flatMap((a) =>
    a.written[section] ? [{ actor: a.actor, text: a.written[section]! }] : [],
  );
  const summary = section === 'summary';
  if (!summary && written.length === 0) return null;
  return (
    <div>
      <Caption1 as="p">{t.fromCouncil(annual.year)}</Caption1>
      {summary && (
        <ul>
          {council.actors.map((a) => (
            <li key={a.actor}>
              {a.document ? (
                <Link
                  as="button"
                  inline
                  onClick={() => void api.openFile(a.document!.href, a.document!.fileName).catch(onError)}
                >
                  <Written>{a.document.title}</Written>
                </Link>
              ) : (
                <Written>{a.actor}</Written>
              )}
              {`: ${a.receivedOn ? t.councilMaterialIn(formatDate(a.receivedOn, language)) : t.councilMaterialMissing}`}
            </li>
          ))}
          {council.preparationNotes.trim() && (
            <li>{withWritten(t.councilPreparation, council.preparationNotes.trim())}</li>
          )}
        </ul>
      )}
      {written.length > 0 && (
        <ul>
          {written.map((w) => (
            <li key={w.actor}>
              <Body1>
                <Written>{w.actor}</Written>: <Written>{w.text}</Written>
              </Body1>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
