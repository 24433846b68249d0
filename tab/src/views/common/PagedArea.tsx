import { makeStyles, Tab, TabList } from '@fluentui/react-components';
import type { ComponentType } from 'react';
import type { Capabilities } from '../../../../api/domain/roles.js';
import { pick, useLanguage } from '../../i18n/language.js';
import { useSubRoute } from '../../navigation/use-route.js';
import { useSession } from '../../session.js';
import { narrowScreen } from './narrow.js';

/** In a narrow window the tabs wrap onto more lines rather than run off the edge. */
const useStyles = makeStyles({ tabs: { [narrowScreen]: { flexWrap: 'wrap' } } });

/** One page of an area, reached at #/<area>/<slug>/…; the first page is the area's start. */
export interface AreaPage {
  slug: string;
  title: { sv: string; en: string };
  /** Shown only to those with this capability. */
  requires?: keyof Capabilities;
  /** Gets what follows its slug in the hash (#/lagesbild/kvartal/2026/3 → ['2026', '3']). */
  View: ComponentType<{ path: string[] }>;
}

/**
 * An area's pages under one tab list, each page reachable by its own link. With `keepPath` the next page
 * opens on what follows the slug now (the council's year stays when you go from its planning to its agenda).
 */
export function PagedArea({
  pages: all,
  label,
  keepPath = false,
}: {
  pages: AreaPage[];
  label: string;
  keepPath?: boolean;
}) {
  const language = useLanguage();
  const { me } = useSession();
  const [[slug, ...rest], go] = useSubRoute();
  const styles = useStyles();
  const pages = all.filter((page) => !page.requires || me.can[page.requires]);
  const page = pages.find((candidate) => candidate.slug === slug) ?? pages[0];
  if (!page) return null;
  return (
    <>
      <TabList
        className={styles.tabs}
        selectedValue={page.slug}
        onTabSelect={(_, data) => go(String(data.value), ...(keepPath && page.slug === slug ? rest : []))}
        aria-label={label}
      >
        {pages.map((candidate) => (
          <Tab key={candidate.slug} value={candidate.slug}>
            {pick(language, candidate.title)}
          </Tab>
        ))}
      </TabList>
      <page.View path={page.slug === slug ? rest : []} />
    </>
  );
}
