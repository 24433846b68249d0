import {
  BookOpenRegular,
  CalendarLtrRegular,
  ClipboardTaskListLtrRegular,
  DocumentBulletListRegular,
  DocumentTextRegular,
  LockClosedRegular,
  PeopleTeamRegular,
  SettingsRegular,
} from '@fluentui/react-icons';
import type { ComponentType, JSX } from 'react';
import type { Capabilities } from '../../../api/domain/roles.js';
import type { Texts } from '../i18n/sv.js';
import { lazyView } from './lazy-view.js';

// Each area is its own chunk, loaded when first opened.
const CycleView = lazyView(async () => (await import('../views/cycle/CycleView.js')).CycleView);
const ReportsView = lazyView(async () => (await import('../views/reports/ReportsView.js')).ReportsView);
const SituationView = lazyView(async () => (await import('../views/situation/SituationView.js')).SituationView);
const ActionPlanView = lazyView(async () => (await import('../views/action-plan/ActionPlanView.js')).ActionPlanView);
const CouncilView = lazyView(async () => (await import('../views/council/CouncilView.js')).CouncilView);
const CouncilReportView = lazyView(
  async () => (await import('../views/council-report/CouncilReportView.js')).CouncilReportView,
);
const BobView = lazyView(async () => (await import('../views/bob/BobView.js')).BobView);
const SettingsView = lazyView(async () => (await import('../views/settings/SettingsView.js')).SettingsView);
const AccessibilityStatementView = lazyView(
  async () => (await import('../views/AccessibilityStatementView.js')).AccessibilityStatementView,
);

export type AreaId = keyof Texts['area'];

export interface Area {
  id: AreaId;
  /** The URL hash segment. */
  slug: string;
  icon: JSX.Element;
  /** Shown only to those with this capability. */
  requires?: keyof Capabilities;
  inMenu: boolean;
  View: ComponentType;
}

/** Every area of the tab; replacing an area's View is all it takes to build it. The first is the home page. */
export const areas: Area[] = [
  { id: 'cycle', slug: 'arshjul', icon: <CalendarLtrRegular />, inMenu: true, View: CycleView },
  {
    id: 'reports',
    slug: 'rapporter',
    icon: <ClipboardTaskListLtrRegular />,
    requires: 'seeReports',
    inMenu: true,
    View: ReportsView,
  },
  { id: 'situation', slug: 'lagesbild', icon: <BookOpenRegular />, inMenu: true, View: SituationView },
  {
    id: 'actionPlan',
    slug: 'atgardsplan',
    icon: <DocumentTextRegular />,
    requires: 'seeActionPlan',
    inMenu: true,
    View: ActionPlanView,
  },
  {
    id: 'council',
    slug: 'strategiskt-rad',
    icon: <PeopleTeamRegular />,
    requires: 'seeCouncil',
    inMenu: true,
    View: CouncilView,
  },
  {
    id: 'councilReport',
    slug: 'rapport-kf',
    icon: <DocumentBulletListRegular />,
    inMenu: true,
    View: CouncilReportView,
  },
  { id: 'bob', slug: 'bob', icon: <LockClosedRegular />, requires: 'seeBob', inMenu: true, View: BobView },
  { id: 'settings', slug: 'installningar', icon: <SettingsRegular />, inMenu: true, View: SettingsView },
  {
    id: 'accessibility',
    slug: 'tillganglighet',
    icon: <BookOpenRegular />,
    inMenu: false,
    View: AccessibilityStatementView,
  },
];

export function visibleAreas(can: Capabilities): Area[] {
  return areas.filter((area) => !area.requires || can[area.requires]);
}
