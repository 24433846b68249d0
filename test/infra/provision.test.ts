import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
import { groupClaim } from '../../infra/sharepoint/list-permissions.js';
import {
  changedAnything,
  failedAnything,
  formatReport,
  provisionSite,
  type RoleGroups,
} from '../../infra/sharepoint/provision.js';
import { SharePointRest } from '../../infra/sharepoint/sharepoint-rest.js';
import { collectStorageDefinitions } from '../../infra/sharepoint/storage-definitions.js';
import { startGraphSimulator, type GraphSimulator } from '../graph-simulator/graph-simulator.js';
import { siteWebUrl } from '../graph-simulator/state.js';

const groups: RoleGroups = {
  SecurityChief: '0a0a0a0a-0000-4000-8000-000000000001',
  CouncilMember: '0a0a0a0a-0000-4000-8000-000000000002',
  BobMember: '0a0a0a0a-0000-4000-8000-000000000003',
  Reader: '0a0a0a0a-0000-4000-8000-000000000004',
  DepartmentHead: '0a0a0a0a-0000-4000-8000-000000000005',
};

interface SiteList {
  name: string;
  template: string;
  columns: { name: string; indexed: boolean; description: string }[];
  permissions: unknown;
}

describe('the registry of lists and libraries', () => {
  it('holds exactly what a real start ensures, so provisioning forgets nothing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'registry-'));
    try {
      const ctx = await createContext(
        loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, DEMO_DATA: 'false' }),
      );
      await ctx.store.close();
      const db = new Database(join(dataDir, 'trygghetshjulet.sqlite'), { readonly: true });
      const lists = (db.prepare('SELECT name FROM _lists ORDER BY name').all() as { name: string }[]).map(
        (row) => row.name,
      );
      const libraries = (db.prepare('SELECT name FROM _libraries ORDER BY name').all() as { name: string }[]).map(
        (row) => row.name,
      );
      db.close();
      const collected = await collectStorageDefinitions();
      expect(collected.lists.map((list) => list.name).sort()).toEqual(lists);
      expect(collected.libraries.map((library) => library.name).sort()).toEqual(libraries);
      expect(
        collected.lists
          .find((list) => list.name === 'departmentReports')
          ?.columns.filter((c) => c.indexed)
          .map((c) => c.name),
      ).toEqual(expect.arrayContaining(['year', 'departmentId', 'status']));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('provisioning the SharePoint site', () => {
  let simulator: GraphSimulator;
  let store: SharePointStore;
  const freshStore = () =>
    new SharePointStore({
      baseUrl: simulator.url,
      siteId: simulator.siteId,
      tokens: { getToken: async () => 't' },
      sleep: async () => undefined,
    });
  const rest = () => new SharePointRest(siteWebUrl(simulator.url), { getToken: async () => 't' });
  const site = () => simulator.snapshot() as SiteList[];
  const permissionsOf = (name: string) => site().find((list) => list.name === name)!.permissions;

  beforeEach(async () => {
    simulator = await startGraphSimulator();
    store = freshStore();
  });
  afterEach(async () => {
    await simulator.close();
  });

  it('creates every list, index and library and guards each the first time, and changes nothing the second time', async () => {
    const definitions = await collectStorageDefinitions();
    const first = await provisionSite(store, definitions, groups, rest());
    expect(changedAnything(first)).toBe(true);
    expect(failedAnything(first)).toBe(false);
    expect(
      first.changes.filter((c) => c.kind === 'listCreated').map((c) => c.kind === 'listCreated' && c.list),
    ).toEqual(expect.arrayContaining(definitions.lists.map((l) => l.name)));
    expect(first.changes.filter((c) => c.kind === 'libraryCreated')).toHaveLength(
      Object.keys(documentLibraries).length,
    );
    expect(first.permissions).toHaveLength(definitions.lists.length + Object.keys(documentLibraries).length + 1);
    // Every library carries the records columns (arkivlagen): diarienummer, handlingstyp, … as library columns.
    for (const library of Object.values(documentLibraries)) {
      const added = first.changes
        .filter((c) => c.kind === 'columnAdded' && c.list === library.name)
        .map((c) => c.kind === 'columnAdded' && c.column);
      expect(added, library.name).toEqual([
        'diarienummer',
        'handlingstyp',
        'sekretess',
        'bevarande',
        'gallringsfrist',
        'faststalld',
      ]);
    }
    const text = formatReport(first, simulator.siteId, groups);
    expect(text).toMatch(/lista \/ list settings \(Inställningar\) skapad \/ created/);
    expect(text).toContain(
      `behörigheter / permissions, bibliotek / library Strategiskt råd (strategisktRad): ärver inte längre webbplatsens behörigheter / stopped inheriting the site’s permissions; läsrätt / read: SecurityChief (${groups.SecurityChief})`,
    );
    expect(text).toMatch(/borttaget \/ removed: Trygghetshjulet Visitors \(Read\), Trygghetshjulet Members \(Edit\)/);
    expect(text).not.toMatch(/Left to a person/);
    const afterFirst = JSON.stringify(simulator.snapshot());

    const second = await provisionSite(freshStore(), definitions, groups, rest());
    expect(second.changes).toEqual([]);
    expect(changedAnything(second)).toBe(false);
    expect(formatReport(second, simulator.siteId, groups)).toMatch(/Inget att ändra \/ Nothing to change/);
    expect(JSON.stringify(simulator.snapshot())).toBe(afterFirst);
  });

  it('leaves each list and library to the site’s owners and the groups whose role may read it, with Read only', async () => {
    await provisionSite(store, await collectStorageDefinitions(), groups, rest());
    const owners = { 'Trygghetshjulet Owners': ['Full Control'] };
    const readers = (...roles: (keyof typeof groups)[]) => ({
      inherits: false,
      assignments: { ...owners, ...Object.fromEntries(roles.map((role) => [groupClaim(groups[role]!), ['Read']])) },
    });
    expect(permissionsOf('bob')).toEqual(readers('BobMember'));
    expect(permissionsOf('bobMeetings')).toEqual(readers('BobMember'));
    expect(permissionsOf('situationEntriesBob')).toEqual(readers('BobMember'));
    expect(permissionsOf('situationCountsBob')).toEqual(readers('BobMember'));
    expect(permissionsOf('situationCounts')).toEqual(readers('SecurityChief'));
    expect(permissionsOf('situationEntries')).toEqual(readers('SecurityChief'));
    expect(permissionsOf('people')).toEqual(readers('SecurityChief'));
    expect(permissionsOf('departmentReports')).toEqual(readers('SecurityChief'));
    expect(permissionsOf('importfiler')).toEqual(readers('SecurityChief'));
    expect(permissionsOf('forvaltningsrapporter')).toEqual(readers('SecurityChief', 'Reader'));
    expect(permissionsOf('strategisktRad')).toEqual(readers('SecurityChief', 'CouncilMember', 'BobMember', 'Reader'));
    // Every list is guarded: none is left inheriting the site's Members (Edit) and Visitors (Read).
    expect(
      site()
        .filter((list) => (list.permissions as { inherits: boolean }).inherits)
        .map((list) => list.name),
    ).toEqual([]);
  });

  it('takes a role group off a list it must not read and names principals it did not add, for a person to judge', async () => {
    const definitions = await collectStorageDefinitions();
    await provisionSite(store, definitions, groups, rest());
    const bob = simulator.site.lists.find((list) => list.name === 'situationEntriesBob')!;
    const reader = simulator.site.principals.find((p) => p.LoginName === groupClaim(groups.Reader!))!;
    simulator.site.principals.push({
      Id: 90,
      Title: 'Olle Konsult',
      LoginName: 'i:0#.f|membership|olle@konsult.se',
      PrincipalType: 1,
    });
    bob.roleAssignments!.push(
      { principalId: reader.Id, roleDefinitionIds: [1073741826] },
      { principalId: 90, roleDefinitionIds: [1073741830] },
    );

    const again = await provisionSite(freshStore(), definitions, groups, rest());
    const outcome = again.permissions!.find((o) => o.target.name === 'situationEntriesBob')!;
    expect(outcome).toMatchObject({
      stoppedInheriting: false,
      granted: [],
      removed: [`${reader.Title} (Read)`],
      others: ['Olle Konsult'],
    });
    expect(formatReport(again, simulator.siteId, groups)).toMatch(
      /\? lista \/ list Lägesbildsposter BOB \(situationEntriesBob\): also reachable by Olle Konsult, whom the app did not add/,
    );
    expect(permissionsOf('situationEntriesBob')).toMatchObject({
      assignments: { [groupClaim(groups.BobMember!)]: ['Read'], 'i:0#.f|membership|olle@konsult.se': ['Edit'] },
    });
    expect(Object.keys((permissionsOf('situationEntriesBob') as { assignments: object }).assignments)).not.toContain(
      groupClaim(groups.Reader!),
    );
  });

  it('without a certificate it sets no permission and lists every list and library with its readers for a person', async () => {
    const report = await provisionSite(store, await collectStorageDefinitions(), { BobMember: groups.BobMember });
    expect(report.permissions).toBeUndefined();
    expect(site().every((list) => (list.permissions as { inherits: boolean }).inherits)).toBe(true);
    const text = formatReport(report, simulator.siteId);
    expect(text).toMatch(/SharePoint’s REST API takes an app-only token only from a certificate/);
    expect(text).toContain('  - lista / list Lägesbildsposter BOB (situationEntriesBob): only BobMember');
    expect(text).toContain('  - bibliotek / library BOB (bob): only BobMember');
    expect(report.missingGroups).toEqual(['SecurityChief', 'DepartmentHead', 'CouncilMember', 'Reader']);
  });

  it('checks that the app still reads a list once it stopped inheriting, and says what to do when it does not', async () => {
    await simulator.close();
    simulator = await startGraphSimulator({ appLosesUniqueLists: true });
    store = freshStore();
    const report = await provisionSite(store, await collectStorageDefinitions(), groups, rest());
    expect(failedAnything(report)).toBe(true);
    expect(report.appLostAccess.map((target) => target.name)).toContain('situationEntriesBob');
    expect(formatReport(report, simulator.siteId, groups)).toMatch(
      /! lista \/ list BOB-möten \(bobMeetings\): the app can no longer read it\. Grant the app on this list/,
    );
  });

  it('indexes a column that an earlier version left unindexed, and reports it', async () => {
    const definitions = await collectStorageDefinitions();
    const settings = definitions.lists.find((list) => list.name === 'settings')!;
    await store.ensureList({ ...settings, columns: settings.columns.map((c) => ({ ...c, indexed: false })) });
    const report = await provisionSite(freshStore(), definitions, {});
    expect(report.changes).toContainEqual({ kind: 'columnIndexed', list: 'settings', column: 'key' });
  });

  it('types the columns, indexes what is filtered and keeps who did it in columns of its own', async () => {
    await provisionSite(store, await collectStorageDefinitions(), {});
    const reports = site().find((list) => list.name === 'departmentReports')!;
    const column = (name: string) => reports.columns.find((c) => c.name === name);
    expect(column('year')).toMatchObject({ indexed: true, description: 'trygghetshjulet:number' });
    expect(column('status')).toMatchObject({ indexed: true, description: 'trygghetshjulet:text' });
    expect(column('content')).toMatchObject({ indexed: false, description: 'trygghetshjulet:json' });
    expect(column('app_createdBy')).toMatchObject({ description: 'trygghetshjulet:actor' });
  });
});

describe('provisioning arguments', () => {
  it('reads --group Role=id and PROVISION_GROUPS', () => {
    expect(
      parseProvisionArguments(['--group', `CouncilMember=${groups.CouncilMember}`], {
        PROVISION_GROUPS: `BobMember=${groups.BobMember}`,
      }).groups,
    ).toEqual({
      CouncilMember: groups.CouncilMember,
      BobMember: groups.BobMember,
    });
  });

  it('refuses an unknown role, a malformed id and an unknown argument, naming them', () => {
    expect(() => parseProvisionArguments(['--group', `Chef=${groups.Reader}`], {})).toThrow(/"Chef" is not a role/);
    expect(() => parseProvisionArguments(['--group', 'Reader=abc'], {})).toThrow(
      /Reader: expected an Entra group object id/,
    );
    expect(() => parseProvisionArguments(['--force'], {})).toThrow(/Unknown argument "--force"/);
  });
});

describe('npm run provision', () => {
  let simulator: GraphSimulator;
  let authority: Server;

  beforeEach(async () => {
    authority = createServer((_req, res) => {
      res
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ token_type: 'Bearer', expires_in: 3599, access_token: 'provisioning-token' }));
    });
    await new Promise<void>((resolve) => authority.listen(0, '127.0.0.1', resolve));
    simulator = await startGraphSimulator({ acceptToken: (token) => token === 'provisioning-token' });
  });
  afterEach(async () => {
    await simulator.close();
    await new Promise<void>((resolve) => authority.close(() => resolve()));
  });

  const run = (args: string[], credential: Record<string, string> = { ENTRA_CLIENT_SECRET: 'hemlis' }) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/provision.ts', ...args], {
        env: {
          ...process.env,
          ENV_FILE: '',
          PUBLIC_URL: 'https://trygghet.askersund.se',
          ENTRA_TENANT_ID: '11111111-2222-3333-4444-555555555555',
          ENTRA_CLIENT_ID: '66666666-7777-8888-9999-000000000000',
          ...credential,
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

  it('with the certificate it guards the lists through SharePoint’s REST API, with a token for the SharePoint host', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'provision-cert-'));
    try {
      const keyPath = join(folder, 'key.pem');
      writeFileSync(
        keyPath,
        generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
      );
      const certificate = { ENTRA_CERTIFICATE_PATH: keyPath, ENTRA_CERTIFICATE_THUMBPRINT: 'AB'.repeat(20) };
      const first = await run(
        ['--group', `BobMember=${groups.BobMember}`, '--group', `SecurityChief=${groups.SecurityChief}`],
        certificate,
      );
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toContain(
        'behörigheter / permissions, lista / list BOB-möten (bobMeetings): ärver inte längre',
      );
      expect(
        simulator.log.some(
          (entry) =>
            entry.path.startsWith('/sites/trygghet/_api/web/lists(guid') &&
            entry.method === 'POST' &&
            entry.userAgent?.startsWith('ISV|Trygghetshjulet|'),
        ),
      ).toBe(true);
      const second = await run(
        ['--group', `BobMember=${groups.BobMember}`, '--group', `SecurityChief=${groups.SecurityChief}`],
        certificate,
      );
      expect(second.stdout).toMatch(/Inget att ändra \/ Nothing to change/);
      expect(second.stdout).toMatch(/No group given for: DepartmentHead, CouncilMember, Reader/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
