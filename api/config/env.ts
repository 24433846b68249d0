import { z } from 'zod';

const optionalText = z.string().trim().optional();

const booleanText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value));

/** Microsoft 365 settings: when any is present, the service runs against the tenant, never in local mode. */
export const microsoft365Variables = ['ENTRA_TENANT_ID', 'ENTRA_CLIENT_ID', 'ENTRA_CLIENT_SECRET', 'SHAREPOINT_SITE_ID'] as const;

export const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number({ error: 'expected a port number' }).int().min(1).max(65535).default(3978),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  PUBLIC_URL: z.url({ error: 'expected an absolute URL such as https://trygghet.example.se' }).optional(),
  DEMO_DATA: booleanText.default(true),
  REMINDER_INTERVAL_SECONDS: z.coerce.number({ error: 'expected a number of seconds (0 turns reminders off)' }).int().min(0).max(3600).default(60),
  CLOCK_FIXED_AT: z.iso.datetime({ offset: true, error: 'expected an ISO date-time such as 2026-11-24T09:00:00+01:00' }).optional(),
  BOT_CLIENT_ID: optionalText,
  BOT_CLIENT_SECRET: optionalText,
  BOT_TENANT_ID: optionalText,
  ENTRA_TENANT_ID: optionalText,
  ENTRA_CLIENT_ID: optionalText,
  ENTRA_CLIENT_SECRET: optionalText,
  SHAREPOINT_SITE_ID: optionalText,
});

export type Environment = z.infer<typeof environmentSchema>;

export interface AppConfig {
  env: Environment;
  authMode: 'local' | 'entra';
  publicUrl: string;
}

export class ConfigError extends Error {}

/** Validates process.env once at start; every problem names the variable and what it expects. */
export function loadConfig(raw: Record<string, string | undefined>): AppConfig {
  // An empty value (as .env.example has them) means "use the default".
  const source = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message} (got "${source[String(issue.path[0])] ?? ''}")`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const present = microsoft365Variables.filter((name) => env[name] !== undefined);
  if (present.length > 0) {
    throw new ConfigError(
      `Microsoft 365 settings are present (${present.join(', ')}), but this version runs in local mode only; ` +
        'remove them to run locally. Local sign-in never runs with tenant settings present.',
    );
  }
  if (env.CLOCK_FIXED_AT && env.NODE_ENV === 'production') {
    throw new ConfigError('CLOCK_FIXED_AT: a fixed clock is only for demos and tests, not production');
  }
  if (env.NODE_ENV === 'production') {
    throw new ConfigError('NODE_ENV=production needs Entra sign-in; local sign-in with demo personas is refused in production.');
  }
  const authMode = 'local';
  return { env, authMode, publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}` };
}
