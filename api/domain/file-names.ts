import { xmlSafe } from './text-policy.js';

// SharePoint refuses these in file and folder names (https://support.microsoft.com/office/
// restrictions-and-limitations-in-onedrive-and-sharepoint-64883a5d-228e-48f5-b3d2-eb39e07630fa): " * : < > ? / \ |,
// leading or trailing spaces, names ending in a dot, names starting with ~$, and a few reserved names.
// # and % are allowed there but break links made by hand, so they go too.
const forbidden = /["*:<>?/\\|#%]/g;
const invisible = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const reserved = /^(con|prn|aux|nul|com\d|lpt\d|desktop\.ini|\.lock|_vti_.*|forms)$/i;

/** At most this many characters: with its folders a stored path stays inside a 255-character column. */
export const maxFileNameLength = 120;

/**
 * A file name any SharePoint library accepts, made from text a person typed (an uploaded file's name, an
 * actor's name, a meeting's title): forbidden characters become hyphens, control and invisible characters
 * spaces, the name is trimmed of dots and spaces at its ends and shortened to `maxLength` keeping its
 * extension. Never empty: `fallback` when nothing usable is left.
 */
export function safeFileName(text: string, options: { maxLength?: number; fallback?: string } = {}): string {
  const maxLength = options.maxLength ?? maxFileNameLength;
  let name = xmlSafe(text)
    .normalize('NFC')
    .replace(invisible, ' ')
    .replace(forbidden, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.~$]+|[\s.]+$/g, '');
  const characters = Array.from(name);
  if (characters.length > maxLength) {
    const extension = /\.[\p{L}\p{N}]{1,8}$/u.exec(name)?.[0] ?? '';
    name =
      characters
        .slice(0, maxLength - extension.length)
        .join('')
        .replace(/[\s.]+$/, '') + extension;
  }
  const stem = name.replace(/\.[^.]*$/, '');
  if (reserved.test(name) || reserved.test(stem)) name = `_${name}`;
  return name === '' ? (options.fallback ?? 'dokument') : name;
}
