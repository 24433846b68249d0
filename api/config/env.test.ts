import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, environmentSchema, loadConfig } from './env.js';

describe('loadConfig', () => {
  it('gives local defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.env.PORT).toBe(3978);
    expect(config.env.DATA_DIR).toBe('./data');
    expect(config.env.DEMO_DATA).toBe(true);
    expect(config.authMode).toBe('local');
    expect(config.publicUrl).toBe('http://localhost:3978');
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

  it('refuses local sign-in when Microsoft 365 settings are present, naming them', () => {
    expect(() => loadConfig({ ENTRA_TENANT_ID: 'contoso' })).toThrow(/ENTRA_TENANT_ID/);
    expect(() => loadConfig({ SHAREPOINT_SITE_ID: 'site' })).toThrow(/SHAREPOINT_SITE_ID/);
  });

  it('treats empty optional values as absent', () => {
    expect(loadConfig({ ENTRA_TENANT_ID: '', BOT_CLIENT_ID: '  ' }).env.BOT_CLIENT_ID).toBeUndefined();
  });

  it('accepts a fixed clock for demos, not in production', () => {
    expect(loadConfig({ CLOCK_FIXED_AT: '2026-11-24T09:00:00+01:00' }).env.CLOCK_FIXED_AT).toBe('2026-11-24T09:00:00+01:00');
    expect(() => loadConfig({ NODE_ENV: 'production', CLOCK_FIXED_AT: '2026-11-24T09:00:00+01:00' })).toThrow(/CLOCK_FIXED_AT/);
  });

  it('starts from .env.example as it is, and that file lists every variable', () => {
    const example = parseEnv(readFileSync(new URL('../../.env.example', import.meta.url), 'utf8'));
    expect(Object.keys(example).sort()).toEqual(Object.keys(environmentSchema.shape).sort());
    expect(loadConfig(example).authMode).toBe('local');
  });
});
