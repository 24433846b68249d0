import { useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { useSession } from '../../session.js';
import { FilePicker } from './FilePicker.js';

/** A file picker that sends the chosen file to `path` (its name in ?fileName=) and hands back the answer. */
export function FileUpload<T>({ label, context, path, onUploaded, onError }: { label: string; context?: string; path: string; onUploaded: (answer: T) => void; onError: (error: ApiError) => void }) {
  const { api } = useSession();
  const [busy, setBusy] = useState(false);
  const send = async (file: File) => {
    setBusy(true);
    try {
      onUploaded(await api.upload<T>(`${path}?fileName=${encodeURIComponent(file.name)}`, file));
    } catch (e) {
      onError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return <FilePicker label={label} {...(context ? { context } : {})} busy={busy} onFile={(file) => void send(file)} />;
}
