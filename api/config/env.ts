import { z } from 'zod';
import type { ErrorCode } from '../domain/errors/error-codes.js';

const optionalText = z.string().trim().optional();

const booleanText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value));

/** Microsoft 365 settings: when any is present, the service runs against the tenant, never in local mode. */
export const microsoft365Variables = [
  'ENTRA_TENANT_ID',
  'ENTRA_CLIENT_ID',
  'ENTRA_CLIENT_SECRET',
  'ENTRA_CERTIFICATE_PATH',
  'ENTRA_CERTIFICATE_THUMBPRINT',
  'ENTRA_APP_ID_URI',
  'SHAREPOINT_SITE_ID',
] as const;

export const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number({ error: 'expected a port number' }).int().min(1).max(65535).default(3978),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  PUBLIC_URL: z.url({ error: 'expected an absolute URL such as https://trygghet.example.se' }).optional(),
  DEMO_DATA: booleanText.default(true),
  REMINDER_INTERVAL_SECONDS: z.coerce
    .number({ error: 'expected a number of seconds (0 turns reminders off)' })
    .int()
    .min(0)
    .max(3600)
    .default(60),
  CLOCK_FIXED_AT: z.iso
    .datetime({ offset: true, error: 'expected an ISO date-time such as 2026-11-24T09:00:00+01:00' })
    .optional(),
  BOT_CLIENT_ID: optionalText,
  BOT_CLIENT_SECRET: optionalText,
  BOT_TENANT_ID: optionalText,
  /** How the bot proves itself to Bot Framework: its managed identity (no secret to rotate) or a client secret. */
  BOT_AUTH_TYPE: z
    .enum(['UserManagedIdentity', 'ClientSecret'], { error: 'expected UserManagedIdentity or ClientSecret' })
    .optional(),
  ENTRA_TENANT_ID: optionalText,
  ENTRA_CLIENT_ID: optionalText,
  ENTRA_CLIENT_SECRET: optionalText,
  ENTRA_CERTIFICATE_PATH: optionalText,
  ENTRA_CERTIFICATE_THUMBPRINT: z
    .string()
    .trim()
    .regex(/^[0-9A-Fa-f]{40}$/, { error: 'expected the certificate thumbprint: 40 hexadecimal characters (SHA-1)' })
    .optional(),
  ENTRA_APP_ID_URI: z
    .string()
    .trim()
    .regex(/^api:\/\/\S+$/, { error: 'expected the Application ID URI, e.g. api://trygghet.example.se/<client id>' })
    .optional(),
  SHAREPOINT_SITE_ID: optionalText,
  /** The app's id in the tenant's Teams app catalog: with it the app installs itself for people it must reach. */
  TEAMS_APP_CATALOG_ID: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{8,64}$/, {
      error: "expected the app catalog id (GET /appCatalogs/teamsApps?$filter=externalId eq '<TEAMS_APP_ID>')",
    })
    .optional(),
  /** The tiles the tab draws the area map on ({z}/{x}/{y}, Web Mercator); "none" draws the areas on white. */
  MAP_TILE_URL: z
    .string()
    .trim()
    .refine(
      (url) =>
        url === 'none' || (/^https:\/\/\S+$/.test(url) && ['{z}', '{x}', '{y}'].every((part) => url.includes(part))),
      {
        error:
          'expected an https address with {z}, {x} and {y}, such as https://tile.openstreetmap.org/{z}/{x}/{y}.png, or none',
      },
    )
    .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  /** Who the tiles come from, shown under the map as the tile server's terms ask. */
  MAP_TILE_ATTRIBUTION: z.string().trim().max(200).default('© OpenStreetMap-bidragsgivare'),
  /** The mailbox the council's invitations and requests are sent from (Graph, Mail.Send and Calendars.ReadWrite limited to it). */
  COUNCIL_MAILBOX: z.email({ error: 'expected the mailbox address, e.g. trygghet@kommun.se' }).optional(),
  /** The app's SharePoint budget in resource units a minute (Microsoft's smallest tier: 1,200) and what imports leave of it to people's own clicks. */
  SHAREPOINT_RU_PER_MINUTE: z.coerce
    .number({ error: 'expected resource units a minute, e.g. 1200' })
    .int()
    .min(60)
    .max(1_000_000)
    .default(1200),
  IMPORT_RU_HEADROOM_PER_MINUTE: z.coerce
    .number({ error: 'expected resource units a minute, e.g. 300' })
    .int()
    .min(0)
    .max(1_000_000)
    .default(300),
  /** Where people report an accessibility problem (an e-mail address or a web address), named in the tab's accessibility statement. */
  ACCESSIBILITY_CONTACT: z.string().trim().max(200).optional(),
  /** Signs the tab's download links; instances behind one address must share it (each process makes its own without). */
  DOWNLOAD_LINK_KEY: z.string().trim().min(32, { error: 'expected at least 32 random characters' }).optional(),
  BOT_AUTHORITY_HOST: z.url({ error: 'expected an absolute URL such as https://login.microsoftonline.com' }).optional(),
  ENTRA_AUTHORITY_HOST: z
    .url({ error: 'expected an absolute URL such as https://login.microsoftonline.com' })
    .default('https://login.microsoftonline.com'),
  GRAPH_BASE_URL: z
    .url({ error: 'expected an absolute URL such as https://graph.microsoft.com/v1.0' })
    .default('https://graph.microsoft.com/v1.0'),
});

export type Environment = z.infer<typeof environmentSchema>;

export type EntraCredential =
  | { kind: 'secret'; secret: string }
  | { kind: 'certificate'; privateKeyPath: string; thumbprint: string };

/** The tenant the service runs in: Entra sign-in, app-only Graph access to one SharePoint site. */
export interface Microsoft365Config {
  tenantId: string;
  clientId: string;
  credential: EntraCredential;
  /** The audience of the tab's SSO tokens. */
  appIdUri: string;
  siteId: string;
  authorityHost: string;
  graphBaseUrl: string;
}

export interface AppConfig {
  env: Environment;
  authMode: 'local' | 'entra';
  storeKind: 'embedded' | 'sharepoint';
  publicUrl: string;
  /** Present exactly when authMode is 'entra'. */
  microsoft365?: Microsoft365Config;
}

/** The service cannot start on this configuration; the message names each setting and what is wrong. */
export class ConfigError extends Error {
  readonly code = 'config_invalid' satisfies ErrorCode;
}

/**
 * What the bot's identity lacks for this configuration, or nothing. Without a client id the bot accepts
 * unsigned activities, which is right only for local mode: production, or Entra sign-in in any mode, needs it.
 * Checked when the bot is made (provisioning reads the same settings and has no bot).
 */
export function botConfigProblem(config: AppConfig): string | undefined {
  const env = config.env;
  if (!env.BOT_CLIENT_ID) {
    if (env.NODE_ENV === 'production') {
      return 'BOT_CLIENT_ID: production needs the bot’s identity (the client id of its managed identity or app registration); without it /api/messages would accept activities nobody signed.';
    }
    if (config.authMode === 'entra') {
      return 'BOT_CLIENT_ID: with Entra sign-in (the ENTRA_* settings) the bot must check Bot Framework tokens too; give the client id of its managed identity or app registration.';
    }
    return undefined;
  }
  if (botAuthType(env) === 'ClientSecret' && !env.BOT_CLIENT_SECRET) {
    return 'BOT_CLIENT_SECRET: BOT_AUTH_TYPE=ClientSecret needs the secret (from Key Vault); or use BOT_AUTH_TYPE=UserManagedIdentity.';
  }
  if (!env.BOT_TENANT_ID && !config.microsoft365)
    return 'BOT_TENANT_ID: the bot is single-tenant; give the directory (tenant) id.';
  return undefined;
}

/** The bot's way of authenticating: as set, else a client secret when one is given, else its managed identity. */
export function botAuthType(env: Environment): 'UserManagedIdentity' | 'ClientSecret' {
  return env.BOT_AUTH_TYPE ?? (env.BOT_CLIENT_SECRET ? 'ClientSecret' : 'UserManagedIdentity');
}

/** Validates process.env once at start; every problem names the variable and what it expects. */
export function loadConfig(raw: Record<string, string | undefined>): AppConfig {
  // An empty value (as .env.example has them) means "use the default".
  const source = Object.fromEntries(
    Object.entries(raw).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message} (got "${source[String(issue.path[0])] ?? ''}")`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  if (env.CLOCK_FIXED_AT && env.NODE_ENV === 'production') {
    throw new ConfigError('CLOCK_FIXED_AT: a fixed clock is only for demos and tests, not production');
  }
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
  const present = microsoft365Variables.filter((name) => env[name] !== undefined);
  if (present.length === 0) {
    if (env.NODE_ENV === 'production') {
      throw new ConfigError(
        'NODE_ENV=production needs the Microsoft 365 settings (ENTRA_TENANT_ID, ENTRA_CLIENT_ID, a credential, SHAREPOINT_SITE_ID); ' +
          'local sign-in with demo personas is refused in production.',
      );
    }
    return { env, authMode: 'local', storeKind: 'embedded', publicUrl };
  }
  return { env, authMode: 'entra', storeKind: 'sharepoint', publicUrl, microsoft365: microsoft365Of(env, present) };
}

/** All of the tenant's settings or none: a half-configured tenant stops the start, naming what is missing. */
function microsoft365Of(env: Environment, present: readonly string[]): Microsoft365Config {
  const missing: string[] = [];
  for (const name of ['ENTRA_TENANT_ID', 'ENTRA_CLIENT_ID', 'SHAREPOINT_SITE_ID', 'PUBLIC_URL'] as const)
    if (!env[name]) missing.push(name);
  const certificate = env.ENTRA_CERTIFICATE_PATH || env.ENTRA_CERTIFICATE_THUMBPRINT;
  if (env.ENTRA_CLIENT_SECRET && certificate) {
    throw new ConfigError(
      'ENTRA_CLIENT_SECRET and ENTRA_CERTIFICATE_PATH: give a client secret or a certificate, not both',
    );
  }
  if (certificate) {
    if (!env.ENTRA_CERTIFICATE_PATH) missing.push('ENTRA_CERTIFICATE_PATH');
    if (!env.ENTRA_CERTIFICATE_THUMBPRINT) missing.push('ENTRA_CERTIFICATE_THUMBPRINT');
  } else if (!env.ENTRA_CLIENT_SECRET) {
    missing.push('ENTRA_CLIENT_SECRET (or ENTRA_CERTIFICATE_PATH with ENTRA_CERTIFICATE_THUMBPRINT)');
  }
  if (missing.length > 0) {
    throw new ConfigError(
      `Microsoft 365 settings are incomplete: ${present.join(', ')} ${present.length === 1 ? 'is' : 'are'} set, but ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing. ` +
        'Give all of them to run in the tenant, or none to run locally.',
    );
  }
  const credential: EntraCredential = env.ENTRA_CLIENT_SECRET
    ? { kind: 'secret', secret: env.ENTRA_CLIENT_SECRET }
    : {
        kind: 'certificate',
        privateKeyPath: env.ENTRA_CERTIFICATE_PATH!,
        thumbprint: env.ENTRA_CERTIFICATE_THUMBPRINT!.toUpperCase(),
      };
  return {
    tenantId: env.ENTRA_TENANT_ID!,
    clientId: env.ENTRA_CLIENT_ID!,
    credential,
    appIdUri: env.ENTRA_APP_ID_URI ?? `api://${new URL(env.PUBLIC_URL!).host}/${env.ENTRA_CLIENT_ID!}`,
    siteId: env.SHAREPOINT_SITE_ID!,
    authorityHost: env.ENTRA_AUTHORITY_HOST.replace(/\/$/, ''),
    graphBaseUrl: env.GRAPH_BASE_URL.replace(/\/$/, ''),
  };
}
