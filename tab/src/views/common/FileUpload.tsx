import type { QueryKey } from '@tanstack/react-query';
import type { ApiError } from '../../api/client.js';
import { useFileUpload } from '../../api/resources/file-uploads.js';
import { FilePicker } from './FilePicker.js';

/** A file picker that sends the chosen file to `path` (its name in ?fileName=) and hands back the answer. */
export function FileUpload<T>({
  label,
  context,
  path,
  touches,
  onUploaded,
  onError,
}: {
  label: string;
  context?: string;
  path: string;
  /** The reads the upload changes, read again once it is in. */
  touches?: readonly QueryKey[];
  onUploaded: (answer: T) => void;
  onError: (error: ApiError) => void;
}) {
  const upload = useFileUpload<T>(path, touches);
  const send = async (file: File) => {
    try {
      onUploaded(await upload.mutateAsync(file));
    } catch (e) {
      onError(e as ApiError);
    }
  };
  return (
    <FilePicker
      label={label}
      {...(context ? { context } : {})}
      busy={upload.isPending}
      onFile={(file) => void send(file)}
    />
  );
}
