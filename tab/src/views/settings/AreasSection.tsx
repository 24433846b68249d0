import { Body1, Button, MessageBar, MessageBarBody, Subtitle1 } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { useAreaMap, useUploadAreaMap } from '../../api/resources/situation-areas.js';
import { useTexts } from '../../i18n/language.js';
import { AreaMapFigure } from '../common/AreaMapFigure.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { FilePicker } from '../common/FilePicker.js';
import { useSectionStyles } from './section-styles.js';
import { areaMapPath, libraryNames } from '../../../../api/domain/library-names.js';
import { RegistrationButton } from '../common/RegistrationButton.js';

/** Inställningar › Områden: the municipality's areas as a GeoJSON file from its GIS, shown as the map they make. */
export function AreasSection() {
  const sectionStyles = useSectionStyles();
  const texts = useTexts().areaMap;
  const read = useAreaMap();
  const upload = useUploadAreaMap();
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState('');
  const send = async (file: File) => {
    try {
      const saved = await upload.mutateAsync({ file, etag: read.data?.etag ?? null });
      setError(undefined);
      setNotice(texts.saved(saved.map?.areas.length ?? 0));
    } catch (e) {
      setError(e as ApiError);
      setNotice('');
    }
  };
  const areas = read.data?.map?.areas ?? [];
  return (
    <section className={sectionStyles.section} aria-labelledby="areas-heading">
      <Subtitle1 as="h2" id="areas-heading">
        {texts.heading}
      </Subtitle1>
      <Body1>{texts.intro}</Body1>
      <FilePicker
        label={texts.upload}
        accept=".geojson,.json,application/geo+json,application/json"
        busy={upload.isPending}
        onFile={(file) => void send(file)}
      />
      <ErrorMessage error={error ?? read.error ?? undefined} />
      {error?.status === 412 && (
        <Button onClick={() => void read.refetch().then(() => setError(undefined))}>{texts.reload}</Button>
      )}
      {notice && !error && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {read.data && areas.length === 0 && <Body1>{texts.noMap}</Body1>}
      {areas.length > 0 && (
        <>
          <Body1>{texts.names(areas.map((area) => area.name).join(', '))}</Body1>
          <AreaMapFigure title={texts.preview} rows={[]} />
          <RegistrationButton document={{ library: libraryNames.situation, path: areaMapPath }} />
        </>
      )}
    </section>
  );
}
