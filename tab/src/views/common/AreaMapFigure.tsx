import { Caption1, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { areaMapSvg, countsOffMap } from '../../../../api/charts/area-map-svg.js';
import { useAreaMap } from '../../api/resources/situation-areas.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { withWritten } from '../../i18n/written.js';
import { ReadTable } from './ReadTable.js';
import { ScrollRegion } from './ScrollRegion.js';
import type { AreaCategoryCount } from '../../../../api/domain/situation/area-category-counts.js';

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, maxWidth: '100%' },
  map: { '& svg': { maxWidth: '100%', height: 'auto' } },
});

/**
 * The counts per area on the municipality's map, the same numbers as the table beside it. Drawn over the
 * configured tile server's map; when a tile cannot be fetched (no network, a blocked server) the areas are
 * drawn on white, and the page says so. Nothing is shown before a map is uploaded (Inställningar › Områden).
 */
export function AreaMapFigure({
  title,
  rows,
  byCategory,
}: {
  title: string;
  rows: { area: string; count: number }[];
  /** With the counts per area and category, a choice of one category to map, its counts in a table beside. */
  byCategory?: { rows: AreaCategoryCount[]; name: (id: string) => string };
}) {
  const texts = useTexts().areaMap;
  const language = useLanguage();
  const styles = useStyles();
  const { data } = useAreaMap();
  const [tilesFailed, setTilesFailed] = useState(false);
  const [category, setCategory] = useState('');
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    // An <image> that fails fires "error" without bubbling; capturing it on the holder catches every tile.
    const failed = (event: Event) => {
      if ((event.target as Element).tagName.toLowerCase() === 'image') setTilesFailed(true);
    };
    element.addEventListener('error', failed, true);
    return () => element.removeEventListener('error', failed, true);
  }, [data]);
  if (!data?.map) return null;
  const tiles = tilesFailed ? null : data.tiles;
  const categories = [...new Set(byCategory?.rows.map((row) => row.category))].sort((a, b) =>
    (byCategory?.name(a) ?? a).localeCompare(byCategory?.name(b) ?? b, 'sv'),
  );
  const chosen = byCategory && categories.includes(category) ? category : '';
  const shown = chosen ? byCategory!.rows.filter((row) => row.category === chosen) : rows;
  const shownTitle = chosen ? texts.titleFor(title, byCategory!.name(chosen)) : title;
  const offMap = countsOffMap(data.map, shown);
  const svg = areaMapSvg({
    map: data.map,
    counts: shown,
    title: shownTitle,
    legend: { none: texts.none },
    ...(tiles ? { tileUrl: tiles.url } : {}),
  });
  return (
    <figure className={styles.figure}>
      {byCategory && categories.length > 0 && (
        <Field label={texts.category}>
          <Select value={chosen} onChange={(_, d) => setCategory(d.value)}>
            <option value="">{texts.allCategories}</option>
            {categories.map((id) => (
              <option key={id} value={id}>
                {byCategory.name(id)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <ScrollRegion label={shownTitle}>
        {/* The SVG is drawn from the map and the counts alone: names are escaped where it is made. */}
        <div ref={holder} className={styles.map} dangerouslySetInnerHTML={{ __html: svg }} />
      </ScrollRegion>
      <Caption1>
        {tiles ? texts.attribution(tiles.attribution) : data.tiles ? texts.tilesFailed : texts.outlineOnly}
        {offMap.length > 0 && ' '}
        {offMap.length > 0 &&
          withWritten(
            texts.offMap,
            offMap.map((row) => `${row.area} (${row.count.toLocaleString(language)})`).join(', '),
          )}
      </Caption1>
      {chosen && (
        <ReadTable
          label={shownTitle}
          header={[texts.area, texts.count]}
          rows={shown.map((row) => [row.area, row.count.toLocaleString(language)])}
          written={[0]}
        />
      )}
    </figure>
  );
}
