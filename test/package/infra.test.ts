import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { environmentSchema, microsoft365Variables } from '../../api/config/env.js';

const file = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const bicep = file('infra/main.bicep');
const parameters = JSON.parse(file('infra/main.parameters.json')) as { parameters: Record<string, { value: unknown }> };

type Step = { uses: string; with?: Record<string, unknown>; writeToEnvironmentFile?: Record<string, string> };
type Project = { provision: Step[]; deploy: Step[] };
const stepOf = (project: Project, uses: string) => project.provision.find((step) => step.uses === uses)!;
/** The variables env/.env.dev lists, and those the toolkit project, the Bicep parameters and the Entra manifest read. */
const listed = file('env/.env.dev')
  .split('\n')
  .filter((line) => /^\w+=/.test(line))
  .map((line) => line.split('=')[0]!);
const used = [
  ...['m365agents.yml', 'infra/main.parameters.json', 'infra/entra/aad.manifest.json']
    .map(file)
    .join('\n')
    .matchAll(/\$\{\{(\w+)\}\}/g),
].map((match) => match[1]!);

/** `param name type` and whether it has a default. */
const declared = [...bicep.matchAll(/^param (\w+) \w+( = .+)?$/gm)].map((match) => ({
  name: match[1]!,
  hasDefault: match[2] !== undefined,
}));

describe('the Azure templates and the Agents Toolkit project', () => {
  it('gives every Bicep parameter without a default a value, and no value for a parameter that does not exist', () => {
    expect(declared.length).toBeGreaterThan(5);
    const given = Object.keys(parameters.parameters);
    for (const param of declared.filter((p) => !p.hasDefault)) expect(given, param.name).toContain(param.name);
    for (const name of given)
      expect(
        declared.map((p) => p.name),
        name,
      ).toContain(name);
  });

  it('sets every app setting the service reads from its own environment schema, with secrets only as Key Vault references', () => {
    const settings = [...bicep.matchAll(/\{ name: '(\w+)', value: (.+) \}/g)].map((match) => ({
      name: match[1]!,
      value: match[2]!,
    }));
    const known = Object.keys(environmentSchema.shape);
    for (const setting of settings.filter(
      (s) =>
        ![
          'APPLICATIONINSIGHTS_CONNECTION_STRING',
          'ApplicationInsightsAgent_EXTENSION_VERSION',
          'SCM_DO_BUILD_DURING_DEPLOYMENT',
        ].includes(s.name),
    )) {
      expect(known, setting.name).toContain(setting.name);
    }
    for (const secret of settings.filter((s) => /SECRET/.test(s.name)))
      expect(secret.value).toMatch(/^'@Microsoft\.KeyVault\(/);
    for (const required of [
      'ENTRA_TENANT_ID',
      'ENTRA_CLIENT_ID',
      'ENTRA_CLIENT_SECRET',
      'SHAREPOINT_SITE_ID',
      'PUBLIC_URL',
      'NODE_ENV',
    ])
      expect(settings.map((s) => s.name)).toContain(required);
  });

  it('has a toolkit project whose steps point at files that exist and at variables the environment file lists', () => {
    const project = parse(file('m365agents.yml')) as Project;
    expect(project.provision.map((step) => step.uses)).toEqual([
      'aadApp/create',
      'teamsApp/create',
      'arm/deploy',
      'aadApp/update',
      'cli/runNpmCommand',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    expect(project.deploy.map((step) => step.uses)).toEqual(['cli/runNpmCommand', 'azureAppService/zipDeploy']);
    const template = (stepOf(project, 'arm/deploy').with!.templates as { path: string; parameters: string }[])[0]!;
    expect(existsSync(new URL(`../../${template.path}`, import.meta.url))).toBe(true);
    expect(existsSync(new URL(`../../${template.parameters}`, import.meta.url))).toBe(true);
    expect(
      existsSync(new URL(`../../${stepOf(project, 'aadApp/update').with!.manifestPath as string}`, import.meta.url)),
    ).toBe(true);
    // Secrets (SECRET_…) live in env/.env.dev.user, which aadApp/create writes and git ignores; every other
    // variable the project, the parameters or the Entra manifest reads is listed in env/.env.dev.
    const secretsWritten = Object.values(stepOf(project, 'aadApp/create').writeToEnvironmentFile!).filter((name) =>
      name.startsWith('SECRET_'),
    );
    for (const name of new Set(used)) {
      if (name.startsWith('SECRET_')) expect(secretsWritten, name).toContain(name);
      else expect(listed, name).toContain(name);
    }
    expect(listed.filter((name) => name.startsWith('SECRET_'))).toEqual([]);
    expect(file('.gitignore')).toMatch(/^env\/\.env\.\*\.user$/m);
  });

  it('deploys the prebuilt artefact of npm run build:deploy to the web app arm/deploy created, without an ignore file', () => {
    const project = parse(file('m365agents.yml')) as Project;
    expect(project.deploy[0]).toMatchObject({ uses: 'cli/runNpmCommand', with: { args: 'run build:deploy' } });
    expect(project.deploy[1]!.with).toEqual({
      artifactFolder: './build/deploy/app',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: ${{…}} is the Agents Toolkit's placeholder, meant literally
      resourceId: '${{WEB_APP_RESOURCE_ID}}',
    });
    expect(existsSync(new URL('../../.webappignore', import.meta.url))).toBe(false);
    expect(bicep).toMatch(/\{ name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' \}/);
    expect(bicep).toContain("appCommandLine: 'node dist/api/server.js'");
    expect(bicep).toContain("healthCheckPath: '/api/health'");
  });

  it('has a deployment guide that covers every Microsoft 365 and bot setting', () => {
    const guide = file('docs/deploy.md');
    for (const name of [
      ...microsoft365Variables,
      'BOT_CLIENT_ID',
      'BOT_CLIENT_SECRET',
      'BOT_TENANT_ID',
      'BOT_AUTH_TYPE',
      'PUBLIC_URL',
    ])
      expect(guide, name).toContain(name);
    for (const role of ['SecurityChief', 'DepartmentHead', 'CouncilMember', 'BobMember', 'Reader', 'Sites.Selected'])
      expect(guide, role).toContain(role);
  });

  it('names in the guide every Bicep output and every variable of env/.env.dev one fills in or the toolkit writes', () => {
    const guide = file('docs/deploy.md');
    for (const output of [...bicep.matchAll(/^output (\w+) /gm)].map((match) => match[1]!))
      expect(guide, output).toContain(`\`${output}\``);
    for (const name of listed.filter((name) => name !== 'TEAMSFX_ENV' && !name.startsWith('ENTRA_AUTHORITY')))
      expect(guide, name).toContain(name);
    expect(guide).toContain('SECRET_ENTRA_CLIENT_SECRET');
  });

  it('says for each numbered step who does it and how to check that it worked', () => {
    const guide = file('docs/deploy.md');
    const steps = guide.split(/^## (?=\d+\. )/m).slice(1);
    expect(steps).toHaveLength(8);
    for (const step of steps) {
      const title = step.split('\n')[0]!;
      expect(step, title).toMatch(/\*\*Who:\*\* (Azure owner|Entra admin|SharePoint admin|Teams admin)/);
      expect(step, title).toContain('**Check:**');
    }
  });

  it('gives the rights and the pitfalls a first tenant meets', () => {
    const guide = file('docs/deploy.md');
    for (const fact of [
      // Site grant: Graph Explorer with delegated Sites.FullControl.All, or PnP; fullcontrol to provision, write to run.
      'Graph Explorer',
      'Sites.FullControl.All',
      'Grant-PnPAzureADAppSitePermission -AppId',
      '-Permissions FullControl',
      '{"roles":["write"]}',
      // Azure: the role assignment needs more than Contributor; secrets need a data role; restart after.
      'User Access Administrator',
      'Contributor is not enough',
      'Key Vault Secrets Officer',
      'az webapp restart',
      // Entra: groups need P1 and are not nested.
      'Entra ID P1',
      'Nested groups do not count',
      // Teams: installed, not only pinned.
      'Installed apps',
      'AppPresetList',
      'Pinning alone does not install the app',
      // Runtime, artefact, health.
      'Node.js 22 LTS or newer',
      'npm run build:deploy',
      'Linux x64',
      '/api/health/ready',
      'liveness',
      'readiness',
      // Graph permissions and why.
      'User.Read.All',
      'TeamsAppInstallation.ReadWriteSelfForUser.All',
      'used when `TEAMS_APP_CATALOG_ID` is set',
    ]) {
      expect(guide, fact).toContain(fact);
    }
    // `az rest` is reported to fail for the site grant: the guide must not send anyone there.
    expect(guide).not.toMatch(/az rest --method (post|patch)/);
    expect(guide).not.toContain('Node.js 20');
  });
});
