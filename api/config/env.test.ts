import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, environmentSchema, loadConfig } from './env.js';

const tenant = {
  ENTRA_TENANT_ID: '11111111-2222-3333-4444-555555555555',
  ENTRA_CLIENT_ID: '66666666-7777-8888-9999-000000000000',
  ENTRA_CLIENT_SECRET: 'hemlis',
  SHAREPOINT_SITE_ID:
    'askersund.sharepoint.com,0d4a1b2c-0000-0000-0000-000000000001,0d4a1b2c-0000-0000-0000-000000000002',
  PUBLIC_URL: 'https://trygghet.askersund.se/',
};

describe('loadConfig', () => {
  it('gives local defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.env.PORT).toBe(3978);
    expect(config.env.DATA_DIR).toBe('./data');
    expect(config.env.DEMO_DATA).toBe(true);
    expect(config.authMode).toBe('local');
    expect(config.publicUrl).toBe('http://localhost:3978');
  });

  it('draws the area map on OpenStreetMap unless told another https tile server or none', () => {
    expect(loadConfig({}).env.MAP_TILE_URL).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(loadConfig({ MAP_TILE_URL: 'none' }).env.MAP_TILE_URL).toBe('none');
    expect(() => loadConfig({ MAP_TILE_URL: 'http://tiles.example.se/{z}/{x}/{y}.png' })).toThrow(
      /MAP_TILE_URL: expected an https address/,
    );
    expect(() => loadConfig({ MAP_TILE_URL: 'https://tiles.example.se/tile.png' })).toThrow(ConfigError);
  });

  it('names the variable and what it expects when a value is wrong', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT: expected a port number/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ DEMO_DATA: 'kanske' })).toThrow(/DEMO_DATA: expected true or false/);
    expect(() => loadConfig({ PUBLIC_URL: 'inte en adress' })).toThrow(/PUBLIC_URL: expected an absolute URL/);
    expect(() => loadConfig({ CLOCK_FIXED_AT: '24/11/2026' })).toThrow(/CLOCK_FIXED_AT: expected an ISO date-time/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('lists every wrong variable at once', () => {
    const error = (() => {
      try {
        loadConfig({ PORT: 'x', DEMO_DATA: 'y' });
      } catch (e) {
        return e as Error;
      }
      throw new Error('expected a ConfigError');
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/PORT/);
    expect(error.message).toMatch(/DEMO_DATA/);
  });

  it('refuses local sign-in in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/production/);
  });

  it('runs in the tenant when every Microsoft 365 setting is present', () => {
    const config = loadConfig(tenant);
    expect(config).toMatchObject({
      authMode: 'entra',
      storeKind: 'sharepoint',
      publicUrl: 'https://trygghet.askersund.se',
    });
    expect(config.microsoft365).toEqual({
      tenantId: tenant.ENTRA_TENANT_ID,
      clientId: tenant.ENTRA_CLIENT_ID,
      credential: { kind: 'secret', secret: 'hemlis' },
      appIdUri: `api://trygghet.askersund.se/${tenant.ENTRA_CLIENT_ID}`,
      siteId: tenant.SHAREPOINT_SITE_ID,
      authorityHost: 'https://login.microsoftonline.com',
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
    });
    expect(loadConfig({ ...tenant, NODE_ENV: 'production' }).authMode).toBe('entra');
  });

  it('takes a certificate instead of a secret, but not both', () => {
    const { ENTRA_CLIENT_SECRET: _secret, ...withoutSecret } = tenant;
    const certificate = {
      ...withoutSecret,
      ENTRA_CERTIFICATE_PATH: '/run/secrets/app.pem',
      ENTRA_CERTIFICATE_THUMBPRINT: 'ab'.repeat(20),
    };
    expect(loadConfig(certificate).microsoft365?.credential).toEqual({
      kind: 'certificate',
      privateKeyPath: '/run/secrets/app.pem',
      thumbprint: 'AB'.repeat(20),
    });
    expect(() => loadConfig({ ...certificate, ENTRA_CLIENT_SECRET: 'x' })).toThrow(/not both/);
    expect(() => loadConfig({ ...withoutSecret, ENTRA_CERTIFICATE_PATH: '/run/secrets/app.pem' })).toThrow(
      /ENTRA_CERTIFICATE_THUMBPRINT is missing/,
    );
    expect(() => loadConfig({ ...certificate, ENTRA_CERTIFICATE_THUMBPRINT: 'xyz' })).toThrow(
      /ENTRA_CERTIFICATE_THUMBPRINT: expected the certificate thumbprint/,
    );
  });

  it('stops when some but not all Microsoft 365 settings are present, naming what is missing', () => {
    expect(() => loadConfig({ ENTRA_TENANT_ID: 'contoso' })).toThrow(
      /ENTRA_TENANT_ID is set, but ENTRA_CLIENT_ID, SHAREPOINT_SITE_ID, PUBLIC_URL, ENTRA_CLIENT_SECRET .* are missing/,
    );
    const { SHAREPOINT_SITE_ID: _site, ...withoutSite } = tenant;
    expect(() => loadConfig(withoutSite)).toThrow(/but SHAREPOINT_SITE_ID is missing/);
  });

  it('treats empty optional values as absent', () => {
    expect(loadConfig({ ENTRA_TENANT_ID: '', BOT_CLIENT_ID: '  ' }).env.BOT_CLIENT_ID).toBeUndefined();
  });

  it('accepts a fixed clock for demos, not in production', () => {
    expect(loadConfig({ CLOCK_FIXED_AT: '2026-11-24T09:00:00+01:00' }).env.CLOCK_FIXED_AT).toBe(
      '2026-11-24T09:00:00+01:00',
    );
    expect(() => loadConfig({ NODE_ENV: 'production', CLOCK_FIXED_AT: '2026-11-24T09:00:00+01:00' })).toThrow(
      /CLOCK_FIXED_AT/,
    );
  });

  it('starts from .env.example as it is, and that file lists every variable', () => {
    const example = parseEnv(readFileSync(new URL('../../.env.example', import.meta.url), 'utf8'));
    expect(Object.keys(example).sort()).toEqual(Object.keys(environmentSchema.shape).sort());
    expect(loadConfig(example).authMode).toBe('local');
  });
});
