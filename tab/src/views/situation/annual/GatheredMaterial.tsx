import { Body1, Caption1 } from '@fluentui/react-components';
import type { AnnualSectionId } from '../../../../../api/domain/situation/annual-sections.js';
import { useLanguage, useTexts } from '../../../i18n/language.js';
import { withWritten } from '../../../i18n/written.js';
import type { AnnualJson } from './annual-types.js';
import { ReadTable } from '../../common/ReadTable.js';
import { TrendSection } from '../TrendSection.js';
import { countText } from '../../../../../api/domain/situation/compilation.js';
import { PhenomenonItem } from '../PhenomenonItem.js';
import { AreaMapFigure } from '../../common/AreaMapFigure.js';

/** Under a section: what the year's entries, reports and plan say about it. */
export function GatheredMaterial({
  section,
  annual,
  categoryName,
}: {
  section: AnnualSectionId;
  annual: AnnualJson;
  categoryName: (id: string) => string;
}) {
  const texts = useTexts();
  const t = texts.situation;
  const _language = useLanguage();
  const { material } = annual;
  const small = (label: string, header: string[], rows: string[][], written: number[] = []) => (
    <ReadTable label={label} header={header} rows={rows} written={written} />
  );
  const body = (() => {
    switch (section) {
      case 'problemPicture':
        return (
          <>
            {small(
              t.byCategory,
              [t.category, t.countColumns.count],
              material.byCategory.map((r) => [categoryName(r.category), countText(r.count, r.preliminary)]),
            )}
            {small(
              t.byArea,
              [t.area, t.countColumns.count],
              material.byArea.slice(0, 10).map((r) => [r.area, countText(r.count, r.preliminary)]),
              [0],
            )}
            <AreaMapFigure
              title={texts.areaMap.title}
              rows={material.byArea}
              byCategory={{ rows: material.byAreaAndCategory, name: categoryName }}
            />
            <TrendSection trend={material.trend} categoryName={categoryName} />
          </>
        );
      case 'actionsTaken':
        return material.actionsTaken.length === 0 ? (
          <Body1>{t.noActions}</Body1>
        ) : (
          small(
            t.gathered,
            [texts.actionPlan.actionTitle, texts.actionPlan.responsible, texts.actionPlan.followUpStatus],
            material.actionsTaken.map((a) => [a.title, a.responsible, texts.reports.progressTitles[a.status]]),
            [0, 1],
          )
        );
      case 'actionsPlanned':
        return material.proposals.length === 0 ? (
          <Body1>{t.noProposals}</Body1>
        ) : (
          <ul>
            {material.proposals.map((p, i) => (
              <li key={i}>{withWritten(t.proposalFrom, p.text, p.department)}</li>
            ))}
          </ul>
        );
      case 'newPhenomena':
        return material.newPhenomena.length === 0 ? (
          <Body1>{t.noNewPhenomena}</Body1>
        ) : (
          <ul>
            {material.newPhenomena.map((p, i) => (
              <PhenomenonItem key={i} phenomenon={p} categoryName={categoryName} />
            ))}
          </ul>
        );
      default:
        return null;
    }
  })();
  if (!body) return null;
  return (
    <div>
      <Caption1 as="p">{t.gathered}</Caption1>
      {body}
    </div>
  );
}
