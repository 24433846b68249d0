import type { NodeAuthOptions } from '@azure/msal-node';

/**
 * Tells MSAL where Entra ID's v2.0 endpoints for the tenant are, so it sends no discovery requests: the
 * endpoint metadata is built from ENTRA_AUTHORITY_HOST/<tenant> (Entra's fixed layout,
 * https://learn.microsoft.com/entra/identity-platform/v2-protocols), and the host is a known authority,
 * so MSAL does not ask login.microsoftonline.com about it either. MSAL names an authority by an https URL
 * only; its requests go to the endpoints listed here, so a local stand-in for Entra ID (tests) may be http.
 */
export function entraAuthority(
  authorityHost: string,
  tenantId: string,
): Pick<NodeAuthOptions, 'authority' | 'knownAuthorities' | 'authorityMetadata'> {
  const { host } = new URL(authorityHost);
  const tenant = encodeURIComponent(tenantId);
  const base = `${authorityHost.replace(/\/$/, '')}/${tenant}`;
  return {
    authority: `https://${host}/${tenant}`,
    knownAuthorities: [host],
    authorityMetadata: JSON.stringify({
      token_endpoint: `${base}/oauth2/v2.0/token`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      issuer: `${base}/v2.0`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
    }),
  };
}
