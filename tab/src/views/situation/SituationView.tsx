import { Tab, TabList } from '@fluentui/react-components';
import { pick, useLanguage, useTexts } from '../../i18n/language.js';
import { useSubRoute } from '../../navigation/use-route.js';
import { useSession } from '../../session.js';
import { situationPages } from './situation-pages.js';

/** The Lägesbild area: its pages under one tab list, each page reachable by its own link. */
export function SituationView() {
  const language = useLanguage();
  const texts = useTexts();
  const { me } = useSession();
  const [[slug, ...rest], go] = useSubRoute();
  const pages = situationPages.filter((page) => !page.requires || me.can[page.requires]);
  const page = pages.find((candidate) => candidate.slug === slug) ?? pages[0];
  if (!page) return null;
  return (
    <>
      <TabList selectedValue={page.slug} onTabSelect={(_, data) => go(String(data.value))} aria-label={texts.situation.pagesLabel}>
        {pages.map((candidate) => (
          <Tab key={candidate.slug} value={candidate.slug}>
            {pick(language, candidate.title)}
          </Tab>
        ))}
      </TabList>
      <page.View path={page === pages.find((candidate) => candidate.slug === slug) ? rest : []} />
    </>
  );
}
