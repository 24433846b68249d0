import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense, type ComponentType } from 'react';
import { useTexts } from '../i18n/language.js';
import { ViewBoundary } from './view-failed.js';

/** An area's view loaded when it is first opened, so the first view does not wait for every other one. */
export function lazyView(load: () => Promise<ComponentType>): ComponentType {
  const View = lazy(async () => ({ default: await load() }));
  return function LazyView() {
    const texts = useTexts();
    return (
      <ViewBoundary>
        <Suspense fallback={<Spinner label={texts.loading} />}>
          <View />
        </Suspense>
      </ViewBoundary>
    );
  };
}
