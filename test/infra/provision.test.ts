import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../api/config/env.js';
import { createContext } from '../../api/context.js';
import { documentLibraries } from '../../api/documents/libraries.js';
import { SharePointStore } from '../../api/store/sharepoint/sharepoint-store.js';
import { parseProvisionArguments } from '../../infra/sharepoint/provision-arguments.js';
import { changedAnything, formatReport, provisionSite, type RoleGroups } from '../../infra/sharepoint/provision.js';
import { collectStorageDefinitions } from '../../infra/sharepoint/storage-definitions.js';
import { startGraphSimulator, type GraphSimulator } from '../graph-simulator/graph-simulator.js';

const groups: RoleGroups = {
  SecurityChief: '0a0a0a0a-0000-4000-8000-000000000001',
  CouncilMember: '0a0a0a0a-0000-4000-8000-000000000002',
  BobMember: '0a0a0a0a-0000-4000-8000-000000000003',
  Reader: '0a0a0a0a-0000-4000-8000-000000000004',
};

interface SiteList {
  name: string;
  template: string;
  columns: { name: string; indexed: boolean; description: string }[];
  permissions?: { roles: string[]; grantedToV2: { group?: { id: string } } }[];
}

describe('the registry of lists and libraries', () => {
  it('holds exactly what a real start ensures, so provisioning forgets nothing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'registry-'));
    try {
      const ctx = await createContext(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, DEMO_DATA: 'false' }));
      await ctx.store.close();
      const db = new Database(join(dataDir, 'trygghetshjulet.sqlite'), { readonly: true });
      const lists = (db.prepare('SELECT name FROM _lists ORDER BY name').all() as { name: string }[]).map((row) => row.name);
      const libraries = (db.prepare('SELECT name FROM _libraries ORDER BY name').all() as { name: string }[]).map((row) => row.name);
      db.close();
      const collected = await collectStorageDefinitions();
      expect(collected.lists.map((list) => list.name).sort()).toEqual(lists);
      expect(collected.libraries.map((library) => library.name).sort()).toEqual(libraries);
      expect(collected.lists.find((list) => list.name === 'departmentReports')?.columns.filter((c) => c.indexed).map((c) => c.name)).toEqual(
        expect.arrayContaining(['year', 'departmentId', 'status']),
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('provisioning the SharePoint site', () => {
  let simulator: GraphSimulator;
  let store: SharePointStore;
  const freshStore = () => new SharePointStore({ baseUrl: simulator.url, siteId: simulator.siteId, tokens: { getToken: async () => 't' }, sleep: async () => undefined });

  beforeEach(async () => {
    simulator = await startGraphSimulator();
    store = freshStore();
  });
  afterEach(async () => {
    await simulator.close();
  });

  it('creates every list, index, library and grant the first time, and nothing the second time', async () => {
    const definitions = await collectStorageDefinitions();
    const first = await provisionSite(store, definitions, groups);
    expect(changedAnything(first)).toBe(true);
    expect(first.changes.filter((c) => c.kind === 'listCreated').map((c) => c.kind === 'listCreated' && c.list)).toEqual(expect.arrayContaining(definitions.lists.map((l) => l.name)));
    expect(first.changes.filter((c) => c.kind === 'libraryCreated')).toHaveLength(Object.keys(documentLibraries).length);
    const text = formatReport(first, simulator.siteId);
    expect(text).toMatch(/lista \/ list settings \(Inställningar\) skapad \/ created/);
    expect(text).toMatch(/läsrätt \/ read access: Strategiskt råd \(strategisktRad\) → grupp \/ group 0a0a0a0a-0000-4000-8000-000000000002 \(CouncilMember\)/);
    const afterFirst = JSON.stringify(simulator.snapshot());

    const second = await provisionSite(freshStore(), definitions, groups);
    expect(second.changes).toEqual([]);
    expect(second.grants.every((grant) => grant.result.outcome === 'present')).toBe(true);
    expect(formatReport(second, simulator.siteId)).toMatch(/Inget att ändra \/ Nothing to change/);
    expect(JSON.stringify(simulator.snapshot())).toBe(afterFirst);
  });

  it('types the columns, indexes what is filtered and keeps who did it in columns of its own', async () => {
    await provisionSite(store, await collectStorageDefinitions(), {});
    const reports = (simulator.snapshot() as SiteList[]).find((list) => list.name === 'departmentReports')!;
    const column = (name: string) => reports.columns.find((c) => c.name === name);
    expect(column('year')).toMatchObject({ indexed: true, description: 'trygghetshjulet:number' });
    expect(column('status')).toMatchObject({ indexed: true, description: 'trygghetshjulet:text' });
    expect(column('content')).toMatchObject({ indexed: false, description: 'trygghetshjulet:json' });
    expect(column('app_createdBy')).toMatchObject({ description: 'trygghetshjulet:actor' });
  });

  it('shares each library with the groups whose role may read it, BOB with the BOB group alone', async () => {
    const report = await provisionSite(store, await collectStorageDefinitions(), groups);
    const site = simulator.snapshot() as SiteList[];
    const readers = (library: string) => site.find((list) => list.name === library)!.permissions!.map((p) => p.grantedToV2.group?.id).sort();
    expect(readers('bob')).toEqual([groups.BobMember]);
    expect(readers('strategisktRad')).toEqual([groups.SecurityChief, groups.CouncilMember, groups.BobMember, groups.Reader].sort());
    expect(readers('importfiler')).toEqual([groups.SecurityChief]);
    expect(readers('forvaltningsrapporter')).toEqual([groups.SecurityChief, groups.Reader].sort());
    expect(report.manual.map((step) => `${step.kind}:${step.library}`).sort()).toEqual(['library:bob', 'library:forvaltningsrapporter', 'library:importfiler', 'library:strategisktRad', 'list:bobMeetings', 'list:situationEntriesBob']);
    for (const list of report.manual.filter((step) => step.kind === 'list')) expect(list).toMatchObject({ readers: ['BobMember'], groups: [groups.BobMember] });
    expect(report.missingGroups).toEqual(['DepartmentHead']);
    const text = formatReport(report, simulator.siteId);
    expect(text).toMatch(/Microsoft Graph cannot stop a library or list inheriting the site's permissions/);
    expect(text).toContain('lista / list BOB-möten (bobMeetings): only BobMember');
    expect(text).toContain('lista / list Lägesbildsposter BOB (situationEntriesBob): only BobMember');
    expect(text).toMatch(/BOB \(bob\): only BobMember — groups 0a0a0a0a-0000-4000-8000-000000000003/);
  });

  it('indexes a column that an earlier version left unindexed, and reports it', async () => {
    const definitions = await collectStorageDefinitions();
    const settings = definitions.lists.find((list) => list.name === 'settings')!;
    await store.ensureList({ ...settings, columns: settings.columns.map((c) => ({ ...c, indexed: false })) });
    const report = await provisionSite(freshStore(), definitions, {});
    expect(report.changes).toContainEqual({ kind: 'columnIndexed', list: 'settings', column: 'key' });
  });

  it('reports a grant Graph refuses instead of stopping, so the rest is still provisioned', async () => {
    simulator.faults.add({ fault: 'forbidden', method: 'POST', path: '/root/invite', times: 1 });
    const report = await provisionSite(store, await collectStorageDefinitions(), { BobMember: groups.BobMember });
    const failed = report.grants.filter((grant) => grant.result.outcome === 'failed');
    expect(failed).toHaveLength(1);
    expect(formatReport(report, simulator.siteId)).toMatch(/Could not grant read access[\s\S]*403 accessDenied/);
    expect(report.grants.filter((grant) => grant.result.outcome === 'granted').length).toBe(report.grants.length - 1);
  });
});

describe('provisioning arguments', () => {
  it('reads --group Role=id and PROVISION_GROUPS', () => {
    expect(parseProvisionArguments(['--group', `CouncilMember=${groups.CouncilMember}`], { PROVISION_GROUPS: `BobMember=${groups.BobMember}` }).groups).toEqual({
      CouncilMember: groups.CouncilMember,
      BobMember: groups.BobMember,
    });
  });

  it('refuses an unknown role, a malformed id and an unknown argument, naming them', () => {
    expect(() => parseProvisionArguments(['--group', `Chef=${groups.Reader}`], {})).toThrow(/"Chef" is not a role/);
    expect(() => parseProvisionArguments(['--group', 'Reader=abc'], {})).toThrow(/Reader: expected an Entra group object id/);
    expect(() => parseProvisionArguments(['--force'], {})).toThrow(/Unknown argument "--force"/);
  });
});

describe('npm run provision', () => {
  let simulator: GraphSimulator;
  let authority: Server;

  beforeEach(async () => {
    authority = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ token_type: 'Bearer', expires_in: 3599, access_token: 'provisioning-token' }));
    });
    await new Promise<void>((resolve) => authority.listen(0, '127.0.0.1', resolve));
    simulator = await startGraphSimulator({ acceptToken: (token) => token === 'provisioning-token' });
  });
  afterEach(async () => {
    await simulator.close();
    await new Promise<void>((resolve) => authority.close(() => resolve()));
  });

  const run = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/provision.ts', ...args], {
        env: {
          ...process.env,
          ENV_FILE: '',
          PUBLIC_URL: 'https://trygghet.askersund.se',
          ENTRA_TENANT_ID: '11111111-2222-3333-4444-555555555555',
          ENTRA_CLIENT_ID: '66666666-7777-8888-9999-000000000000',
          ENTRA_CLIENT_SECRET: 'hemlis',
          SHAREPOINT_SITE_ID: simulator.siteId,
          GRAPH_BASE_URL: simulator.url,
          ENTRA_AUTHORITY_HOST: `http://127.0.0.1:${(authority.address() as AddressInfo).port}`,
        },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('exit', (code) => resolve({ code, stdout, stderr }));
    });

  it('provisions with the tenant settings, then says there is nothing to change', async () => {
    const first = await run(['--group', `BobMember=${groups.BobMember}`]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/bibliotek \/ library bob \(BOB\) skapat \/ created/);
    const second = await run(['--group', `BobMember=${groups.BobMember}`]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Inget att ändra \/ Nothing to change/);
    expect((await run(['--group', 'BobMember=nej'])).stderr).toMatch(/BobMember: expected an Entra group object id/);
  });
});
