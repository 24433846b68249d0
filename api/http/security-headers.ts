import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * The hosts that may frame the tab, as Microsoft lists them for Teams tabs in Teams, Outlook and the Microsoft
 * 365 app (learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements); any other site gets no frame.
 */
const frameAncestors = [
  "'self'",
  'https://*.cloud.microsoft',
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
];

/** Where the map's tiles come from, as a CSP source: a placeholder in the host ({s}) becomes a wildcard label. */
export function tileSource(tileUrl: string): string | undefined {
  if (tileUrl === 'none') return undefined;
  const match = /^https:\/\/([^/]+)/.exec(tileUrl);
  if (!match) return undefined;
  const host = match[1]!.replace(/^\{[^}]*\}\./, '*.');
  return /[{}]/.test(host) ? 'https:' : `https://${host}`;
}

/**
 * Security headers on every answer (helmet): the tab runs only its own scripts, styles may be inline (Fluent's
 * Griffel writes them at run time), images come from here, data: and the tile server, and only Microsoft's
 * hosts may frame it. X-Frame-Options is left out: it cannot name several hosts, and frame-ancestors rules.
 */
export function securityHeaders(tileUrl: string): RequestHandler {
  const tiles = tileSource(tileUrl);
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors,
        imgSrc: ["'self'", 'data:', 'blob:', ...(tiles ? [tiles] : [])],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
      },
    },
    xFrameOptions: false,
    // Signed download links travel in URLs: no page sends them on as a referrer.
    referrerPolicy: { policy: 'no-referrer' },
  });
}
