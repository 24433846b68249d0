import { Button, Checkbox, Field, Input, Link, Subtitle2, Textarea } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import type { Part1 } from '../../../../api/domain/action-plan/parts.js';
import {
  annualSectionIdSchema,
  annualSectionTitles,
  type AnnualSectionId,
} from '../../../../api/domain/situation/annual-sections.js';
import { pick, useLanguage, useTexts } from '../../i18n/language.js';
import { newRowId } from './plan-types.js';
import { usePartStyles } from './part-styles.js';

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
  const setProblem = (index: number, change: Partial<Part1['problems'][number]>) =>
    onChange({ ...content, problems: content.problems.map((p, i) => (i === index ? { ...p, ...change } : p)) });
  const setFactor = (index: number, change: Partial<Part1['factors'][number]>) =>
    onChange({ ...content, factors: content.factors.map((f, i) => (i === index ? { ...f, ...change } : f)) });
  const toggleSection = (index: number, section: AnnualSectionId, on: boolean) => {
    const sections = content.problems[index]!.sections.filter((s) => s !== section);
    setProblem(index, {
      sections: on ? annualSectionIdSchema.options.filter((s) => s === section || sections.includes(s)) : sections,
    });
  };
  // The annual lägesbild describing the work year before the plan's year.
  const situationYear = year - 1;

  return (
    <div className={styles.stack}>
      <Subtitle2 as="h4">{texts.problems}</Subtitle2>
      {content.problems.map((problem, index) => (
        <fieldset
          key={problem.id}
          className={styles.row}
          style={{ border: 'none', padding: 0, margin: 0, minWidth: 0 }}
          aria-label={`${texts.problemTitle} ${index + 1}`}
        >
          <Field label={texts.problemTitle} required validationMessage={issue(`problems.${index}.title`)}>
            <Input value={problem.title} onChange={(_, d) => setProblem(index, { title: d.value })} />
          </Field>
          <Field label={texts.problemDescription} validationMessage={issue(`problems.${index}.description`)}>
            <Textarea
              resize="vertical"
              value={problem.description}
              onChange={(_, d) => setProblem(index, { description: d.value })}
            />
          </Field>
          <fieldset className={styles.inline} style={{ border: 'none', padding: 0, margin: 0 }}>
            <legend>{texts.sections}</legend>
            {annualSectionIdSchema.options.map((section) => (
              <Checkbox
                key={section}
                label={pick(language, annualSectionTitles[section])}
                checked={problem.sections.includes(section)}
                onChange={(_, d) => toggleSection(index, section, d.checked === true)}
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
          <div>
            <Button
              icon={<DeleteRegular />}
              onClick={() => onChange({ ...content, problems: content.problems.filter((_, i) => i !== index) })}
            >
              {texts.removeProblem(index + 1)}
            </Button>
          </div>
        </fieldset>
      ))}
      <div>
        <Button
          icon={<AddRegular />}
          onClick={() =>
            onChange({
              ...content,
              problems: [...content.problems, { id: newRowId(), title: '', description: '', sections: [] }],
            })
          }
        >
          {texts.addProblem}
        </Button>
      </div>

      <Subtitle2 as="h4">{texts.factors}</Subtitle2>
      {content.factors.map((factor, index) => (
        <fieldset
          key={factor.id}
          className={styles.row}
          style={{ border: 'none', padding: 0, margin: 0, minWidth: 0 }}
          aria-label={`${texts.factorTitle} ${index + 1}`}
        >
          <Field label={texts.factorTitle} required validationMessage={issue(`factors.${index}.title`)}>
            <Input value={factor.title} onChange={(_, d) => setFactor(index, { title: d.value })} />
          </Field>
          <Field label={texts.continuousWork} validationMessage={issue(`factors.${index}.continuousWork`)}>
            <Textarea
              resize="vertical"
              value={factor.continuousWork}
              onChange={(_, d) => setFactor(index, { continuousWork: d.value })}
            />
          </Field>
          <div>
            <Button
              icon={<DeleteRegular />}
              onClick={() => onChange({ ...content, factors: content.factors.filter((_, i) => i !== index) })}
            >
              {texts.removeFactor(index + 1)}
            </Button>
          </div>
        </fieldset>
      ))}
      <div>
        <Button
          icon={<AddRegular />}
          onClick={() =>
            onChange({ ...content, factors: [...content.factors, { id: newRowId(), title: '', continuousWork: '' }] })
          }
        >
          {texts.addFactor}
        </Button>
      </div>
    </div>
  );
}
