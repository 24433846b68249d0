import { Label, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { ApiError } from '../../api/client.js';
import { useSession } from '../../session.js';

const useStyles = makeStyles({
  // Never wider than where it stands (a table cell, a narrow window): the label, often a long document
  // title, wraps anywhere, and the file input (about 250 px by itself) gives way.
  file: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, maxWidth: '100%' },
  label: { overflowWrap: 'anywhere' },
  input: { maxWidth: '100%' },
});

/** A labelled file input that sends the chosen file to `path` (its name in ?fileName=) and hands back the answer. */
export function FileUpload<T>({ label, path, onUploaded, onError }: { label: string; path: string; onUploaded: (answer: T) => void; onError: (error: ApiError) => void }) {
  const { api } = useSession();
  const id = useId();
  const styles = useStyles();
  const send = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      onUploaded(await api.upload<T>(`${path}?fileName=${encodeURIComponent(file.name)}`, file));
    } catch (e) {
      onError(e as ApiError);
    } finally {
      input.value = '';
    }
  };
  return (
    <div className={styles.file}>
      <Label className={styles.label} htmlFor={id} size="small">
        {label}
      </Label>
      <input id={id} className={styles.input} type="file" onChange={(event) => void send(event.target)} />
    </div>
  );
}
