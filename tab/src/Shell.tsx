import {
  Body1,
  Button,
  Caption1,
  Link,
  makeStyles,
  mergeClasses,
  Text,
  Tooltip,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { LocalLanguageRegular, NavigationRegular, PersonSwapRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { areas, visibleAreas } from './navigation/areas.js';
import { useRoute } from './navigation/use-route.js';
import { useTexts } from './i18n/language.js';
import { writtenLang } from './i18n/written.js';
import { useSession } from './session.js';
import { narrowScreen } from './views/common/narrow.js';

const navId = 'main-menu';

const useStyles = makeStyles({
  layout: {
    minHeight: '100vh',
    display: 'grid',
    gridTemplateRows: 'auto 1fr auto',
    gridTemplateColumns: '14rem 1fr',
    gridTemplateAreas: '"header header" "nav main" "footer footer"',
    [narrowScreen]: {
      gridTemplateRows: 'auto auto 1fr auto',
      gridTemplateColumns: 'minmax(0, 1fr)',
      gridTemplateAreas: '"header" "nav" "main" "footer"',
    },
  },
  skip: {
    position: 'absolute',
    left: '-999px',
    ':focus': {
      left: tokens.spacingHorizontalM,
      top: tokens.spacingVerticalM,
      zIndex: 10,
      padding: tokens.spacingHorizontalS,
      backgroundColor: tokens.colorNeutralBackground1,
    },
  },
  header: {
    gridArea: 'header',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    [narrowScreen]: {
      flexWrap: 'wrap',
      columnGap: tokens.spacingHorizontalS,
      rowGap: tokens.spacingVerticalXS,
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    },
  },
  /** The menu button is only there when the menu is folded away, that is in the narrow layout. */
  menuButton: { display: 'none', [narrowScreen]: { display: 'inline-flex' } },
  brand: {
    display: 'flex',
    flexDirection: 'column',
    marginRight: 'auto',
    [narrowScreen]: { minWidth: 0, overflowWrap: 'anywhere' },
  },
  // Narrow, the header keeps to two lines: the menu button and the app's name; then who is signed in and two icon buttons.
  tagline: { [narrowScreen]: { display: 'none' } },
  lineBreak: { display: 'none', [narrowScreen]: { display: 'block', flexBasis: '100%', height: 0 } },
  who: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-end',
    [narrowScreen]: {
      flex: '1 1 0',
      minWidth: 0,
      flexDirection: 'row',
      flexWrap: 'wrap',
      alignItems: 'baseline',
      columnGap: tokens.spacingHorizontalS,
      overflowWrap: 'anywhere',
    },
  },
  wideOnly: { [narrowScreen]: { display: 'none' } },
  iconOnlyWhenNarrow: { [narrowScreen]: { minWidth: 'auto' } },
  nav: {
    gridArea: 'nav',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingVerticalM,
    [narrowScreen]: {
      borderRight: 'none',
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: tokens.spacingVerticalS,
    },
  },
  navFolded: { [narrowScreen]: { display: 'none' } },
  navList: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  navLink: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  navCurrent: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  main: {
    gridArea: 'main',
    padding: tokens.spacingHorizontalXXL,
    minWidth: 0,
    [narrowScreen]: { padding: tokens.spacingHorizontalM, overflowWrap: 'break-word' },
    // A message or a choice may show what people typed (an action's title in what is missing, an actor's
    // name beside its box): an unbroken one wraps where it is instead of widening the page.
    '& .fui-MessageBarBody, & .fui-Checkbox__label, & .fui-Radio__label': { minWidth: 0, overflowWrap: 'anywhere' },
    '& .fui-Checkbox, & .fui-Radio': { maxWidth: '100%' },
  },
  heading: { ...typographyStyles.title2, outline: 'none', marginTop: 0, marginBottom: tokens.spacingVerticalL },
  footer: {
    gridArea: 'footer',
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    [narrowScreen]: {
      flexWrap: 'wrap',
      columnGap: tokens.spacingHorizontalM,
      rowGap: tokens.spacingVerticalXS,
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
      overflowWrap: 'anywhere',
    },
  },
});

interface ShellProps {
  inTeams: boolean;
  onSwitchLanguage: () => void;
  /** Local mode only: back to the persona picker. */
  onSwitchPerson?: () => void;
}

/** The tab's frame: header, the areas this person may see, the current area, and the footer. */
export function Shell({ inTeams, onSwitchLanguage, onSwitchPerson }: ShellProps) {
  const texts = useTexts();
  const styles = useStyles();
  const { me } = useSession();
  const [slug] = useRoute();
  const menu = visibleAreas(me.can).filter((area) => area.inMenu);
  const reachable = visibleAreas(me.can);
  const area = reachable.find((a) => a.slug === slug) ?? reachable[0]!;
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  /** Whether the menu is unfolded; only the narrow layout folds it away. */
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);

  useEffect(() => setMenuOpen(false), [area.id]);

  const closeOnEscape = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    if (window.getComputedStyle(menuButton.current!).display !== 'none') menuButton.current!.focus();
  };

  useEffect(() => {
    document.title = `${texts.area[area.id]} – ${texts.appName}`;
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [area.id, texts]);

  return (
    <div className={styles.layout}>
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is a link to #main; the click moves focus to the heading, as the link would without the tab's hash routing */}
      <a
        href="#main"
        className={styles.skip}
        onClick={(event) => {
          event.preventDefault();
          heading.current?.focus();
        }}
      >
        {texts.skipToContent}
      </a>
      <header className={styles.header}>
        <Button
          ref={menuButton}
          className={styles.menuButton}
          appearance="subtle"
          icon={<NavigationRegular />}
          aria-expanded={menuOpen}
          aria-controls={navId}
          onClick={() => setMenuOpen((open) => !open)}
        >
          {texts.menu}
        </Button>
        <div className={styles.brand}>
          <Text weight="semibold" size={500}>
            {texts.appName}
          </Text>
          <Caption1 className={styles.tagline}>{texts.appTagline}</Caption1>
        </div>
        <div className={styles.lineBreak} />
        <div className={styles.who}>
          <Body1>
            <span className="visually-hidden">{texts.signedInAs} </span>
            {me.displayName}
          </Body1>
          <Caption1 lang={writtenLang}>{[me.title, me.departmentName].filter(Boolean).join(', ')}</Caption1>
        </div>
        {/* Narrow, these two show their icon only; the tooltip and the name still say what they do. */}
        {!inTeams && (
          <Tooltip content={texts.languageSwitch} relationship="label">
            <Button
              className={styles.iconOnlyWhenNarrow}
              appearance="subtle"
              icon={<LocalLanguageRegular />}
              lang={texts.languageSwitchLang}
              onClick={onSwitchLanguage}
            >
              <span className={styles.wideOnly}>{texts.languageSwitch}</span>
            </Button>
          </Tooltip>
        )}
        {onSwitchPerson && (
          <Tooltip content={texts.switchPerson} relationship="label">
            <Button
              className={styles.iconOnlyWhenNarrow}
              appearance="subtle"
              icon={<PersonSwapRegular />}
              onClick={onSwitchPerson}
            >
              <span className={styles.wideOnly}>{texts.switchPerson}</span>
            </Button>
          </Tooltip>
        )}
      </header>
      <nav
        id={navId}
        className={mergeClasses(styles.nav, !menuOpen && styles.navFolded)}
        aria-label={texts.navLabel}
        onKeyDown={closeOnEscape}
      >
        <ul className={styles.navList}>
          {menu.map((item) => (
            <li key={item.id}>
              <a
                href={`#/${item.slug}`}
                className={mergeClasses(styles.navLink, item.id === area.id && styles.navCurrent)}
                aria-current={item.id === area.id ? 'page' : undefined}
                onClick={() => setMenuOpen(false)}
              >
                {item.icon}
                {texts.area[item.id]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className={styles.main} id="main">
        <h1 className={styles.heading} tabIndex={-1} ref={heading}>
          {texts.area[area.id]}
        </h1>
        <area.View />
      </main>
      <footer className={styles.footer}>
        <Link href={`#/${areas.find((a) => a.id === 'accessibility')!.slug}`}>{texts.footer.accessibility}</Link>
        <Caption1>{texts.footer.law}</Caption1>
        {onSwitchPerson && <Caption1>{texts.localMode}</Caption1>}
      </footer>
    </div>
  );
}
