import { Body1, Link, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { PartNumber, PlanParts } from '../../../../api/domain/action-plan/parts.js';
import { annualSectionTitles } from '../../../../api/domain/situation/annual-sections.js';
import { pick, useLanguage, useTexts } from '../../i18n/language.js';
import { Written, writtenLang, writtenOr } from '../../i18n/written.js';
import { Paragraphs, ReadText } from '../common/ReadText.js';
import type { Named } from './plan-types.js';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  terms: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, max-content) 1fr',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
    '@media (max-width: 40rem)': { gridTemplateColumns: '1fr' },
  },
  term: { fontWeight: tokens.fontWeightSemibold },
});

/** One part of a plan as the decided document reads: headings and text, for whoever may not change it. */
export function PartRead<P extends PartNumber>({
  year,
  part,
  content,
  departments,
  actors,
}: {
  year: number;
  part: P;
  content: PlanParts[P];
  departments: Named[];
  actors: Named[];
}) {
  const texts = useTexts().actionPlan;
  const language = useLanguage();
  const styles = useStyles();
  const nameOf = (list: Named[], id: string | null) => list.find((x) => x.id === id)?.name;

  if (part === 1) {
    const { problems, factors } = content as PlanParts[1];
    return (
      <div className={styles.stack}>
        <Subtitle2 as="h4">{texts.part1.problems}</Subtitle2>
        {problems.length === 0 && <Body1 as="p">{texts.part1.noProblems}</Body1>}
        {problems.map((problem) => (
          <div key={problem.id} className={styles.item}>
            <Body1 as="h5" lang={writtenLang} className={styles.term}>
              {problem.title}
            </Body1>
            <Paragraphs text={problem.description} />
            {problem.sections.map((section) => (
              <Link key={section} href={`#/lagesbild/arlig/${year - 1}/${section}`}>
                {texts.part1.openSection(pick(language, annualSectionTitles[section]))}
              </Link>
            ))}
          </div>
        ))}
        <Subtitle2 as="h4">{texts.part1.factors}</Subtitle2>
        {factors.length === 0 && <Body1 as="p">{texts.part1.noFactors}</Body1>}
        {factors.map((factor) => (
          <div key={factor.id} className={styles.item}>
            <Body1 as="h5" lang={writtenLang} className={styles.term}>
              {factor.title}
            </Body1>
            <Paragraphs text={factor.continuousWork} />
          </div>
        ))}
      </div>
    );
  }
  if (part === 2) {
    const { signs } = content as PlanParts[2];
    if (signs.length === 0) return <Body1 as="p">{texts.part2.none}</Body1>;
    return (
      <div className={styles.stack}>
        {signs.map((sign) => (
          <div key={sign.id} className={styles.item}>
            <Body1 as="h4" lang={writtenLang} className={styles.term}>
              {sign.sign}
            </Body1>
            <dl className={styles.terms}>
              <dt className={styles.term}>{texts.part2.department}</dt>
              <dd>{writtenOr(nameOf(departments, sign.departmentId), texts.part2.noDepartment)}</dd>
              <dt className={styles.term}>{texts.part2.response}</dt>
              <dd lang={writtenLang}>{sign.response.trim() || '–'}</dd>
              <dt className={styles.term}>{texts.part2.actors}</dt>
              <dd lang={writtenLang}>{sign.actorIds.map((id) => nameOf(actors, id) ?? id).join(', ') || '–'}</dd>
              <dt className={styles.term}>{texts.part2.actorActions}</dt>
              <dd lang={writtenLang}>{sign.actorActions.trim() || '–'}</dd>
            </dl>
          </div>
        ))}
      </div>
    );
  }
  if (part === 3) {
    const { coordinations } = content as PlanParts[3];
    if (coordinations.length === 0) return <Body1 as="p">{texts.part3.none}</Body1>;
    return (
      <div className={styles.stack}>
        {coordinations.map((coordination) => (
          <ReadText
            key={coordination.id}
            label={<Written>{coordination.parties}</Written>}
            text={coordination.description}
            level={4}
          />
        ))}
      </div>
    );
  }
  return <Paragraphs text={(content as PlanParts[4]).introduction} />;
}
