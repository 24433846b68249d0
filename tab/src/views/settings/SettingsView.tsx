import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useTexts } from '../../i18n/language.js';
import { useSession } from '../../session.js';
import { ActorsSection } from './ActorsSection.js';
import { CategoriesSection } from './CategoriesSection.js';
import { CycleTemplateSection } from './CycleTemplateSection.js';
import { DepartmentsSection } from './DepartmentsSection.js';
import { AreasSection } from './AreasSection.js';
import { OutboxSection } from './OutboxSection.js';
import { RecordsPlanSection } from './RecordsPlanSection.js';

export function SettingsView() {
  const texts = useTexts();
  const { me } = useSession();
  const canEdit = me.can.editOrganisation;
  return (
    <>
      {!canEdit && (
        <MessageBar intent="info">
          <MessageBarBody>{texts.settings.readOnlyNote}</MessageBarBody>
        </MessageBar>
      )}
      <DepartmentsSection canEdit={canEdit} />
      <ActorsSection canEdit={canEdit} />
      <CycleTemplateSection canEdit={me.can.editCycle} />
      <CategoriesSection canEdit={me.roles.includes('SecurityChief')} />
      {me.roles.includes('SecurityChief') && <AreasSection />}
      {me.roles.includes('SecurityChief') && <RecordsPlanSection />}
      {me.roles.includes('SecurityChief') && <OutboxSection />}
    </>
  );
}
