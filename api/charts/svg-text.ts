import { xmlSafe } from '../domain/text-policy.js';

/** Text for an SVG the app draws: characters XML forbids removed, markup escaped. */
export const escapeXml = (text: string) =>
  xmlSafe(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
