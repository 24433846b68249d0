import { makeStyles, tokens } from '@fluentui/react-components';
import { annualSectionIdSchema, annualSectionTitles } from '../../../../api/domain/situation/annual-sections.js';
import { pick, useLanguage, useTexts } from '../../i18n/language.js';
import { withWritten } from '../../i18n/written.js';
import { ReadText } from '../common/ReadText.js';
import type { CouncilJson } from './council-types.js';

const useStyles = makeStyles({
  actor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
});

/** The lägesbilder the actors wrote in the tab, each under the annual lägesbild's headings, for everyone who reads the council. */
export function WrittenMaterials({ council }: { council: CouncilJson }) {
  const texts = useTexts().council;
  const language = useLanguage();
  const styles = useStyles();
  const written = council.materials.filter((m) => m.written);
  if (written.length === 0) return null;
  return (
    <>
      {written.map((material) => (
        <section key={material.actorId} className={styles.actor} aria-labelledby={`written-${material.actorId}`}>
          <h4 id={`written-${material.actorId}`}>{withWritten(texts.writtenMaterialFrom, material.actorName)}</h4>
          {annualSectionIdSchema.options
            .filter((section) => material.written![section]?.trim())
            .map((section) => (
              <ReadText
                key={section}
                label={pick(language, annualSectionTitles[section])}
                text={material.written![section]!}
                level={5}
              />
            ))}
        </section>
      ))}
    </>
  );
}
