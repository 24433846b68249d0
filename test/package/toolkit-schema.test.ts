import type AjvDraft04 from 'ajv-draft-04';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
// CommonJS; the class is the module itself.
const Ajv = require('ajv-draft-04') as typeof AjvDraft04.default;

const file = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const project = parse(file('m365agents.yml')) as Record<string, unknown> & {
  version: string;
  provision: Step[];
  deploy: Step[];
};
type Step = { uses: string; with?: Record<string, unknown>; writeToEnvironmentFile?: Record<string, string> };
const bicep = file('infra/main.bicep');
const manifest = JSON.parse(file('infra/entra/aad.manifest.json')) as EntraManifest;
type EntraManifest = {
  identifierUris: string[];
  api: {
    requestedAccessTokenVersion: number;
    oauth2PermissionScopes: { id: string; value: string; type: string; isEnabled: boolean }[];
    preAuthorizedApplications: { appId: string; delegatedPermissionIds: string[] }[];
  };
  appRoles: { id: string; value: string; displayName: string; allowedMemberTypes: string[]; isEnabled: boolean }[];
  requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: 'Role' | 'Scope' }[] }[];
};

/**
 * The toolkit's own YAML schema, copied from @microsoft/m365agentstoolkit-cli 1.1.17
 * (resource/yaml-schema/v1.7/yaml.schema.json; see the file's $comment). It is draft-07 but uses only
 * keywords draft-04 has too (type, properties, required, additionalProperties, items, enum, const, pattern,
 * maxLength, minimum, allOf, anyOf, oneOf, $ref), so the draft-04 validator the project already has checks
 * it the same; its $schema line is dropped so that validator does not look for the draft-07 meta-schema.
 */
function schemaFailures(document: unknown): string[] {
  const {
    $schema: _draft,
    $comment: _source,
    ...schema
  } = JSON.parse(file(`test/fixtures/m365agents-toolkit/yaml.schema.${project.version}.json`)) as Record<
    string,
    unknown
  >;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  return validate(document)
    ? []
    : (validate.errors ?? []).map(
        (error: { instancePath: string; message?: string }) => `${error.instancePath} ${error.message}`,
      );
}

/** `output NAME type = …` in infra/main.bicep. */
const outputs = [...bicep.matchAll(/^output (\w+) \w+ = /gm)].map((match) => match[1]!);

/**
 * What arm/deploy writes to the environment file for an output: fx-core's convertOutputs (Microsoft 365
 * Agents Toolkit, packages/fx-core/src/component/driver/arm/util/util.ts; bundled in
 * @microsoft/m365agentstoolkit-cli 1.1.17 lib/index.js) does `map.set(mapKey.toUpperCase(), value)` with
 * the output's name as written, nested objects joined with `__`.
 */
const environmentNameOf = (outputName: string) => outputName.toUpperCase();

const variablesIn = (text: string) => new Set([...text.matchAll(/\$\{\{(\w+)\}\}/g)].map((match) => match[1]!));
const listed = file('env/.env.dev')
  .split('\n')
  .filter((line) => /^\w+=/.test(line))
  .map((line) => line.split('=')[0]!);

describe('m365agents.yml against the Agents Toolkit schema', () => {
  it('passes the published schema of the version it names, and the schema does catch a wrong step', () => {
    expect(project.version).toBe('v1.7');
    expect(file('m365agents.yml')).toContain(
      `$schema=https://aka.ms/m365-agents-toolkits/${project.version}/yaml.schema.json`,
    );
    expect(schemaFailures(project)).toEqual([]);
    // The negative cases: zipDeploy without its resource, aadApp/create's secret outside SECRET_ variables.
    const withoutResource = {
      ...project,
      deploy: [{ uses: 'azureAppService/zipDeploy', with: { artifactFolder: './build/deploy/app' } }],
    };
    expect(schemaFailures(withoutResource).length).toBeGreaterThan(0);
    const create = project.provision.find((step) => step.uses === 'aadApp/create')!;
    const plainSecret = {
      ...project,
      provision: [
        {
          ...create,
          writeToEnvironmentFile: { ...create.writeToEnvironmentFile, clientSecret: 'ENTRA_CLIENT_SECRET' },
        },
      ],
    };
    expect(schemaFailures(plainSecret).length).toBeGreaterThan(0);
  });
});

describe('Bicep outputs as the toolkit writes them', () => {
  it('names every output in upper case, so the variable arm/deploy writes is the name the project reads', () => {
    expect(outputs).toEqual(
      expect.arrayContaining(['WEB_APP_RESOURCE_ID', 'PUBLIC_URL', 'PUBLIC_HOST', 'KEY_VAULT_NAME', 'BOT_CLIENT_ID']),
    );
    for (const name of outputs) {
      expect(environmentNameOf(name), name).toBe(name);
      expect(name, name).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
  });

  it('has every output read by the toolkit project or the Entra manifest, or listed in env/.env.dev', () => {
    const read = variablesIn(`${file('m365agents.yml')}${file('infra/entra/aad.manifest.json')}`);
    for (const name of outputs)
      expect(read.has(environmentNameOf(name)) || listed.includes(environmentNameOf(name)), name).toBe(true);
    for (const name of outputs) expect(listed, name).toContain(environmentNameOf(name));
  });

  it('feeds every variable the project reads after arm/deploy from an output, an earlier action or the environment file', () => {
    const written = new Set([
      ...outputs.map(environmentNameOf),
      ...project.provision.flatMap((step) => Object.values(step.writeToEnvironmentFile ?? {})),
      'AAD_APP_ACCESS_AS_USER_PERMISSION_ID', // aadApp/update generates it when empty (the schema's description of the action)
    ]);
    const deployReads = variablesIn(JSON.stringify(project.deploy));
    for (const name of deployReads) expect(written.has(name), name).toBe(true);
    for (const name of variablesIn(file('infra/entra/aad.manifest.json')))
      expect(written.has(name) || listed.includes(name), name).toBe(true);
    expect(deployReads).toContain('WEB_APP_RESOURCE_ID');
  });

  it('runs the service on Node 22 LTS or newer', () => {
    const runtime = /linuxFxVersion: 'NODE\|(\d+)-lts'/.exec(bicep);
    expect(runtime).not.toBeNull();
    expect(Number(runtime![1])).toBeGreaterThanOrEqual(22);
  });

  it('gives the bot a user-assigned managed identity and no secret', () => {
    expect(bicep).toContain("msaAppType: 'UserAssignedMSI'");
    expect(bicep).toContain('msaAppMSIResourceId: botIdentity.id');
    expect(bicep).toContain("{ name: 'BOT_CLIENT_ID', value: botIdentity.properties.clientId }");
    expect(bicep).toContain("{ name: 'BOT_AUTH_TYPE', value: 'UserManagedIdentity' }");
    expect(bicep).not.toContain('BOT_CLIENT_SECRET');
  });
});

describe('the Entra app registration (infra/entra/aad.manifest.json)', () => {
  it('has the five app roles with their Swedish names, for users and groups, with stable distinct ids', () => {
    expect(manifest.appRoles.map((role) => [role.value, role.displayName])).toEqual([
      ['SecurityChief', 'Säkerhetschef'],
      ['DepartmentHead', 'Förvaltningschef'],
      ['CouncilMember', 'Rådsledamot'],
      ['BobMember', 'BOB-styrgruppen'],
      ['Reader', 'Läsare'],
    ]);
    for (const role of manifest.appRoles) {
      expect(role.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(role).toMatchObject({ allowedMemberTypes: ['User'], isEnabled: true });
    }
    expect(new Set(manifest.appRoles.map((role) => role.id)).size).toBe(5);
    // Changing an id would orphan every assignment already made: these are the ids, for good.
    expect(manifest.appRoles.map((role) => role.id)).toEqual([
      '1a115e08-8b8a-4846-bc49-8560f4f13abd',
      '0ad12f3b-de5d-4a7e-b73a-50a9d7becdba',
      'd8646c32-f616-4723-89b5-bab6c4ddba60',
      'd80b0e59-41ae-40b0-bff5-2ca9daedfd5c',
      '52e6528a-802e-4490-8c12-dafed3fc136b',
    ]);
  });

  it('exposes access_as_user to the Teams and Microsoft 365 clients the guide lists, with v2 tokens and the URI the service expects', () => {
    expect(manifest.api.requestedAccessTokenVersion).toBe(2);
    expect(manifest.api.oauth2PermissionScopes).toMatchObject([
      // biome-ignore lint/suspicious/noTemplateCurlyInString: ${{…}} is the Agents Toolkit's placeholder, meant literally
      { value: 'access_as_user', type: 'User', isEnabled: true, id: '${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}' },
    ]);
    // The same form api/config/env.ts derives from PUBLIC_URL when ENTRA_APP_ID_URI is empty.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: ${{…}} is the Agents Toolkit's placeholder, meant literally
    expect(manifest.identifierUris).toEqual(['api://${{PUBLIC_HOST}}/${{ENTRA_CLIENT_ID}}']);
    const guide = file('docs/deploy.md');
    const clients = manifest.api.preAuthorizedApplications.map((client) => client.appId);
    expect(clients).toHaveLength(7);
    for (const client of manifest.api.preAuthorizedApplications) {
      expect(guide, client.appId).toContain(client.appId);
      // biome-ignore lint/suspicious/noTemplateCurlyInString: ${{…}} is the Agents Toolkit's placeholder, meant literally
      expect(client.delegatedPermissionIds).toEqual(['${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}']);
    }
  });

  it('asks Graph for Sites.Selected, User.Read.All, Mail.Send and Calendars.ReadWrite (and User.Read for sign-in), and SharePoint for its Sites.Selected', () => {
    // Ids of Microsoft Graph's (appId 00000003-0000-0000-c000-000000000000) app roles and scopes, as in
    // https://learn.microsoft.com/graph/permissions-reference and in the Graph service principal the
    // Agents Toolkit CLI bundles (@microsoft/m365agentstoolkit-cli 1.1.17 lib/index.js); SharePoint Online's
    // own Sites.Selected (resource 00000003-0000-0ff1-ce00-000000000000) is what its REST API checks when
    // provisioning stops the lists inheriting.
    expect(manifest.requiredResourceAccess).toEqual([
      {
        resourceAppId: '00000003-0000-0000-c000-000000000000',
        resourceAccess: [
          { id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'Scope' }, // User.Read
          { id: '883ea226-0bf2-4a8f-9f9d-92c9162a727d', type: 'Role' }, // Sites.Selected
          { id: 'df021288-bdef-4463-88db-98f22de89214', type: 'Role' }, // User.Read.All
          // The council's mail and meeting; an Exchange access policy limits both to COUNCIL_MAILBOX (docs/deploy.md).
          { id: 'b633e1c5-b582-4048-a93e-9f11b44c7e96', type: 'Role' }, // Mail.Send
          { id: 'ef54d2bf-783f-4e0f-bca1-3210c0444d99', type: 'Role' }, // Calendars.ReadWrite
        ],
      },
      {
        resourceAppId: '00000003-0000-0ff1-ce00-000000000000',
        resourceAccess: [{ id: '20d37865-089c-4dee-8c41-6967602d4ac8', type: 'Role' }],
      }, // SharePoint Sites.Selected
    ]);
  });
});
