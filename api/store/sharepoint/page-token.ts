import { StoreUsageError } from '../errors.js';

/**
 * The port's opaque page token wraps Graph's @odata.nextLink. Only a link to the same list's items is
 * accepted back, so a forged token cannot make the service fetch any other URL with its token.
 */
export function pageTokenOf(nextLink: string, baseUrl: string, itemsPath: string): string {
  const relative = nextLink.startsWith(baseUrl) ? nextLink.slice(baseUrl.length) : undefined;
  if (relative === undefined || !isItemsLink(relative, itemsPath))
    throw new StoreUsageError('Graph answered a next page link outside the list');
  return Buffer.from(relative, 'utf8').toString('base64url');
}

export function nextLinkOf(token: string, itemsPath: string): string {
  const relative = Buffer.from(token, 'base64url').toString('utf8');
  if (!isItemsLink(relative, itemsPath) || /[\s#]/.test(relative)) throw new StoreUsageError('Invalid page token');
  return relative;
}

/** Graph may echo the site id with its commas encoded or not; compare the decoded paths. */
function isItemsLink(relative: string, itemsPath: string): boolean {
  const question = relative.indexOf('?');
  if (question < 0) return false;
  try {
    return decodeURIComponent(relative.slice(0, question)) === decodeURIComponent(itemsPath);
  } catch {
    return false;
  }
}
