import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import { useTexts } from '../../i18n/language.js';
import type { SaveState } from './use-autosave.js';

/** The other person's version beside a choice, when a save met a newer one. */
export function ConflictNotice({
  theirText,
  onKeepMine,
  onUseTheirs,
}: {
  theirText: string;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  const texts = useTexts().autosave;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{texts.conflictHeading}</MessageBarTitle>
        {texts.conflictBody}
        <details>
          <summary>{texts.theirVersion}</summary>
          <Body1 as="p" style={{ whiteSpace: 'pre-wrap' }}>
            {theirText}
          </Body1>
        </details>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onKeepMine}>{texts.keepMine}</Button>
        <Button onClick={onUseTheirs}>{texts.useTheirs}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** "Sparar …" / "Sparat", announced politely. */
export function SaveStatus({ state }: { state: SaveState }) {
  const texts = useTexts().autosave;
  return (
    <Text size={200} aria-live="polite" role="status">
      {state === 'saving' ? texts.saving : state === 'saved' ? texts.saved : ''}
    </Text>
  );
}
