import { Checkbox, Link, Subtitle2 } from '@fluentui/react-components';
import { Input, Textarea } from '../common/text-fields.js';
import { part1Schema, partRowLimits, type Part1 } from '../../../../api/domain/action-plan/parts.js';
import { lineLimit } from '../../../../api/domain/max-length.js';
import {
  annualSectionIdSchema,
  annualSectionTitles,
  type AnnualSectionId,
} from '../../../../api/domain/situation/annual-sections.js';
import { pick, useLanguage, useTexts } from '../../i18n/language.js';
import { PlanRows } from './PlanRows.js';
import { usePartStyles } from './part-styles.js';
import { LimitedField } from '../common/LimitedField.js';
import { textLimits } from '../../../../api/domain/text-limits.js';

const titleLimits = {
  problem: lineLimit(part1Schema.shape.problems.unwrap().element.shape.title),
  factor: lineLimit(part1Schema.shape.factors.unwrap().element.shape.title),
};

interface Props {
  year: number;
  content: Part1;
  onChange: (content: Part1) => void;
  issue: (field: string) => string | undefined;
}

/** Part 1: the problem picture with its basis in the annual lägesbild, and the protective factors. */
export function Part1Fields({ year, content, onChange, issue }: Props) {
  const texts = useTexts().actionPlan.part1;
  const language = useLanguage();
  const styles = usePartStyles();
  const toggle = (sections: AnnualSectionId[], section: AnnualSectionId, on: boolean) => {
    const others = sections.filter((s) => s !== section);
    return on ? annualSectionIdSchema.options.filter((s) => s === section || others.includes(s)) : others;
  };
  // The annual lägesbild describing the work year before the plan's year.
  const situationYear = year - 1;

  return (
    <div className={styles.stack}>
      <Subtitle2 as="h4">{texts.problems}</Subtitle2>
      <PlanRows
        rows={content.problems}
        onChange={(problems) => onChange({ ...content, problems })}
        label={texts.problemTitle}
        removeLabel={texts.removeProblem}
        addLabel={texts.addProblem}
        max={partRowLimits.problems}
        what={texts.problemsMany}
        issue={issue('problems')}
        empty={() => ({ title: '', description: '', sections: [] })}
      >
        {(problem, set, index) => (
          <>
            <LimitedField
              value={problem.title}
              max={titleLimits.problem}
              label={texts.problemTitle}
              required
              validationMessage={issue(`problems.${index}.title`)}
            >
              <Input value={problem.title} onChange={(_, d) => set({ title: d.value })} />
            </LimitedField>
            <LimitedField
              value={problem.description}
              max={textLimits.description}
              label={texts.problemDescription}
              validationMessage={issue(`problems.${index}.description`)}
            >
              <Textarea
                resize="vertical"
                value={problem.description}
                onChange={(_, d) => set({ description: d.value })}
              />
            </LimitedField>
            <fieldset className={styles.inline} style={{ border: 'none', padding: 0, margin: 0 }}>
              <legend>{texts.sections}</legend>
              {annualSectionIdSchema.options.map((section) => (
                <Checkbox
                  key={section}
                  label={pick(language, annualSectionTitles[section])}
                  checked={problem.sections.includes(section)}
                  onChange={(_, d) => set({ sections: toggle(problem.sections, section, d.checked === true) })}
                />
              ))}
            </fieldset>
            <div className={styles.inline}>
              {problem.sections.map((section) => (
                <Link key={section} href={`#/lagesbild/arlig/${situationYear}/${section}`}>
                  {texts.openSection(pick(language, annualSectionTitles[section]))}
                </Link>
              ))}
            </div>
          </>
        )}
      </PlanRows>

      <Subtitle2 as="h4">{texts.factors}</Subtitle2>
      <PlanRows
        rows={content.factors}
        onChange={(factors) => onChange({ ...content, factors })}
        label={texts.factorTitle}
        removeLabel={texts.removeFactor}
        addLabel={texts.addFactor}
        max={partRowLimits.factors}
        what={texts.factorsMany}
        issue={issue('factors')}
        empty={() => ({ title: '', continuousWork: '' })}
      >
        {(factor, set, index) => (
          <>
            <LimitedField
              value={factor.title}
              max={titleLimits.factor}
              label={texts.factorTitle}
              required
              validationMessage={issue(`factors.${index}.title`)}
            >
              <Input value={factor.title} onChange={(_, d) => set({ title: d.value })} />
            </LimitedField>
            <LimitedField
              value={factor.continuousWork}
              max={textLimits.description}
              label={texts.continuousWork}
              validationMessage={issue(`factors.${index}.continuousWork`)}
            >
              <Textarea
                resize="vertical"
                value={factor.continuousWork}
                onChange={(_, d) => set({ continuousWork: d.value })}
              />
            </LimitedField>
          </>
        )}
      </PlanRows>
    </div>
  );
}
