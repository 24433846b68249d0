import type AjvDraft04 from 'ajv-draft-04';
import type AjvFormats from 'ajv-formats';
import { Resvg } from '@resvg/resvg-js';
import JSZip from 'jszip';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPackage, fillManifest, manifestTemplate } from '../../scripts/app-package.js';

const require = createRequire(import.meta.url);
// Both are CommonJS; their classes are the module itself.
const Ajv = require('ajv-draft-04') as typeof AjvDraft04.default;
const addFormats = require('ajv-formats') as typeof AjvFormats.default;
const schemasDir = join(
  dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
);
/** The newest released manifest version the package ships (not the developer preview). */
const newest = readdirSync(schemasDir)
  .filter((name) => /^v\d+\.\d+$/.test(name))
  .sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]))
  .at(-1)!;
const schema = (file: string) =>
  JSON.parse(readFileSync(join(schemasDir, newest, file), 'utf8')) as Record<string, unknown>;

/** Every way the document breaks the official schema (the schemas are draft-04, as Microsoft publishes them). */
function failures(document: unknown, schemaFile: string): string[] {
  // The Localization schema's patterns are written for JavaScript's non-unicode regular expressions.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema(schemaFile));
  return validate(document)
    ? []
    : (validate.errors ?? []).map(
        (error: { instancePath: string; message?: string }) => `${error.instancePath} ${error.message}`,
      );
}

const environment = {
  TEAMS_APP_ID: '3f1c2a9e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
  BOT_CLIENT_ID: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  ENTRA_CLIENT_ID: '66666666-7777-8888-9999-000000000000',
  PUBLIC_URL: 'https://trygghet.askersund.se',
  DEVELOPER_NAME: 'Askersunds kommun',
};

describe('the Teams app package', () => {
  it('is written on the newest manifest schema the package ships, and passes it', async () => {
    const { manifest, zip } = await appPackage(environment, '0.1.0');
    expect(manifest.manifestVersion).toBe(newest.slice(1));
    expect(failures(manifest, 'MicrosoftTeams.schema.json')).toEqual([]);
    expect(
      failures({ ...manifest, accentColor: 'blue', unknownField: true }, 'MicrosoftTeams.schema.json').length,
    ).toBeGreaterThan(0);
    const files = await JSZip.loadAsync(zip);
    expect(Object.keys(files.files).sort()).toEqual(['color.png', 'en-US.json', 'manifest.json', 'outline.png']);
    const english = JSON.parse(await files.file('en-US.json')!.async('string')) as Record<string, unknown>;
    expect(failures(english, 'MicrosoftTeams.Localization.schema.json')).toEqual([]);
  });

  it('fills every placeholder: the bot in personal scope with its commands, SSO, the valid domain, personal tabs', async () => {
    const { manifest } = await appPackage(environment, '0.1.0');
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(manifest).toMatchObject({
      id: environment.TEAMS_APP_ID,
      version: '0.1.0',
      developer: { name: 'Askersunds kommun', websiteUrl: 'https://trygghet.askersund.se' },
      webApplicationInfo: {
        id: environment.ENTRA_CLIENT_ID,
        resource: `api://trygghet.askersund.se/${environment.ENTRA_CLIENT_ID}`,
      },
      validDomains: ['trygghet.askersund.se'],
      bots: [
        {
          botId: environment.BOT_CLIENT_ID,
          scopes: ['personal'],
          commandLists: [{ commands: [{ title: 'hjälp' }, { title: 'rapportera' }, { title: 'status' }] }],
        },
      ],
      localizationInfo: { defaultLanguageTag: 'sv-SE' },
    });
    const tabs = manifest.staticTabs as { entityId: string; scopes: string[]; contentUrl?: string }[];
    expect(tabs.filter((tab) => tab.contentUrl).map((tab) => tab.contentUrl)).toEqual([
      'https://trygghet.askersund.se/#/arshjul',
      'https://trygghet.askersund.se/#/lagesbild',
      'https://trygghet.askersund.se/#/atgardsplan',
    ]);
    expect(tabs.every((tab) => tab.scopes.join() === 'personal')).toBe(true);
  });

  it('has a 192×192 colour icon and a 32×32 outline icon that is white on transparent', async () => {
    const files = await JSZip.loadAsync((await appPackage(environment, '0.1.0')).zip);
    const size = async (name: string) => {
      const png = await files.file(name)!.async('uint8array');
      const view = new DataView(png.buffer, png.byteOffset);
      return { width: view.getUint32(16), height: view.getUint32(20), colourType: png[25] };
    };
    expect(await size('color.png')).toMatchObject({ width: 192, height: 192 });
    expect(await size('outline.png')).toMatchObject({ width: 32, height: 32, colourType: 6 });
    const pixels = new Resvg(
      readFileSync(new URL('../../appPackage/icons/outline.svg', import.meta.url), 'utf8'),
    ).render().pixels;
    const rgba = Array.from({ length: pixels.length / 4 }, (_, i) => [
      pixels[i * 4]!,
      pixels[i * 4 + 1]!,
      pixels[i * 4 + 2]!,
      pixels[i * 4 + 3]!,
    ]);
    expect(rgba[0]![3]).toBe(0);
    expect(
      rgba.filter(([, , , alpha]) => alpha === 255).every(([r, g, b]) => r === 255 && g === 255 && b === 255),
    ).toBe(true);
  });

  it('names the variable when a value is missing or wrong', () => {
    expect(() => fillManifest(manifestTemplate(), { ...environment, TEAMS_APP_ID: 'abc' }, '0.1.0')).toThrow(
      /TEAMS_APP_ID: expected a GUID/,
    );
    expect(() =>
      fillManifest(manifestTemplate(), { ...environment, PUBLIC_URL: 'http://trygghet.askersund.se' }, '0.1.0'),
    ).toThrow(/PUBLIC_URL/);
    const { BOT_CLIENT_ID: _bot, ...withoutBot } = environment;
    expect(() => fillManifest(manifestTemplate(), withoutBot, '0.1.0')).toThrow(/BOT_CLIENT_ID/);
  });
});
