import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { useTexts } from '../i18n/language.js';

/** What a person sees instead of an area that could not be shown: why, and the one thing that helps. */
export function ViewFailed() {
  const texts = useTexts();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{texts.viewFailed.title}</MessageBarTitle>
        {texts.viewFailed.body}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={() => window.location.reload()}>
          {texts.viewFailed.reload}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/**
 * Holds an area's failure to itself: a script of an earlier release that is gone (a tab open over a release)
 * or an error while rendering shows ViewFailed, and the menu and the other areas go on working. Around the
 * shell it is the last net, so the tab is never left blank.
 */
export class ViewBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? <ViewFailed /> : this.props.children;
  }
}
