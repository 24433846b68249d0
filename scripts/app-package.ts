import { Resvg } from '@resvg/resvg-js';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../api/paths.js';

const appPackageDir = join(projectRoot, 'appPackage');
const guidMessage = 'expected a GUID such as 00000000-0000-0000-0000-000000000000';
const guid = () =>
  z
    .string({ error: guidMessage })
    .trim()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { error: guidMessage });

/** What the manifest's placeholders are filled with; a wrong value names the variable. */
export const packageEnvironmentSchema = z.object({
  TEAMS_APP_ID: guid(),
  BOT_CLIENT_ID: guid(),
  ENTRA_CLIENT_ID: guid(),
  PUBLIC_URL: z.url({ protocol: /^https$/, error: 'expected the https address Teams reaches the service at' }),
  ENTRA_APP_ID_URI: z
    .string()
    .trim()
    .regex(/^api:\/\/\S+$/, { error: 'expected api://<host>/<client id>' })
    .optional(),
  APP_VERSION: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, { error: 'expected a version such as 1.0.0' })
    .optional(),
  DEVELOPER_NAME: z.string().trim().min(1).max(32).default('Trygghetshjulet'),
});
export type PackageEnvironment = z.input<typeof packageEnvironmentSchema>;

export const manifestTemplate = () => readFileSync(join(appPackageDir, 'manifest.json'), 'utf8');

/** The manifest with every ${{NAME}} filled in; a placeholder left over is a mistake in the template. */
export function fillManifest(
  template: string,
  raw: Record<string, string | undefined>,
  appVersion: string,
): Record<string, unknown> {
  const parsed = packageEnvironmentSchema.safeParse(
    Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value.trim() !== '')),
  );
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  const env = parsed.data;
  const url = new URL(env.PUBLIC_URL);
  const values: Record<string, string> = {
    TEAMS_APP_ID: env.TEAMS_APP_ID,
    BOT_ID: env.BOT_CLIENT_ID,
    ENTRA_CLIENT_ID: env.ENTRA_CLIENT_ID,
    PUBLIC_URL: env.PUBLIC_URL.replace(/\/$/, ''),
    PUBLIC_HOST: url.host,
    APP_ID_URI: env.ENTRA_APP_ID_URI ?? `api://${url.host}/${env.ENTRA_CLIENT_ID}`,
    APP_VERSION: env.APP_VERSION ?? appVersion,
    DEVELOPER_NAME: env.DEVELOPER_NAME,
  };
  const filled = template.replace(/\$\{\{(\w+)\}\}/g, (match, name: string) => values[name] ?? match);
  const left = /\$\{\{(\w+)\}\}/.exec(filled);
  if (left) throw new Error(`The manifest template names \${{${left[1]}}}, which the package script does not fill`);
  return JSON.parse(filled) as Record<string, unknown>;
}

/** The icons Teams asks for, drawn as SVG and rendered at their exact sizes. */
export function icons(): { color: Uint8Array; outline: Uint8Array } {
  const render = (name: string, size: number) =>
    new Uint8Array(
      new Resvg(readFileSync(join(appPackageDir, 'icons', `${name}.svg`), 'utf8'), {
        fitTo: { mode: 'width', value: size },
      })
        .render()
        .asPng(),
    );
  return { color: render('color', 192), outline: render('outline', 32) };
}

/** The zip Teams admin center takes: manifest.json, its translation, and the two icons at the top level. */
export async function appPackage(
  raw: Record<string, string | undefined>,
  appVersion: string,
): Promise<{ manifest: Record<string, unknown>; zip: Uint8Array }> {
  const manifest = fillManifest(manifestTemplate(), raw, appVersion);
  const { color, outline } = icons();
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  zip.file('en-US.json', readFileSync(join(appPackageDir, 'en-US.json')));
  zip.file('color.png', color);
  zip.file('outline.png', outline);
  return { manifest, zip: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) };
}
