import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTokenIssuer, type TokenIssuer } from '../bot/token-issuer.js';
import { startGraphSimulator, type GraphSimulator } from '../graph-simulator/graph-simulator.js';
import type { SimUser } from '../graph-simulator/users.js';
import { buildDeployArtefact } from '../support/deploy-artefact.js';
import { teamsActivity } from '../support/teams-activity.js';
import { freePort } from '../support/free-port.js';

/**
 * The production path on one machine, with local stand-ins for what lies in Microsoft's cloud: Entra ID (a
 * token authority with published keys), Bot Framework (activities signed by that authority) and Graph (the
 * simulator, with a directory). Provisioning runs from the repository as a municipality's IT would; the
 * service runs from the deploy artefact in production mode. Nothing here depends on today's date: the
 * säkerhetschef moves the report deadline ahead of whatever "today" the service sees.
 */
const tenantId = '5c0a2a7e-7f2b-4b8e-9a1d-3e2f1a0b9c8d';
const clientId = '6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
const botId = '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';
const appIdUri = `api://trygghet.askersund.se/${clientId}`;
const catalogAppId = 'b1b1b1b1-2222-4333-8444-555555555555';
const groups = {
  SecurityChief: '0a0a0a0a-0000-4000-8000-000000000001',
  CouncilMember: '0a0a0a0a-0000-4000-8000-000000000002',
  BobMember: '0a0a0a0a-0000-4000-8000-000000000003',
  Reader: '0a0a0a0a-0000-4000-8000-000000000004',
  DepartmentHead: '0a0a0a0a-0000-4000-8000-000000000005',
};
const karin: SimUser = {
  id: 'c1c1c1c1-0000-4000-8000-000000000001',
  displayName: 'Karin Ek',
  mail: 'karin.ek@askersund.se',
  userPrincipalName: 'karin.ek@askersund.se',
  jobTitle: 'Säkerhetschef',
};
const maria: SimUser = {
  id: 'c1c1c1c1-0000-4000-8000-000000000002',
  displayName: 'Maria Svensson',
  mail: 'maria.svensson@askersund.se',
  userPrincipalName: 'maria.svensson@askersund.se',
  jobTitle: 'Socialchef',
};

let issuer: TokenIssuer;
let simulator: GraphSimulator;
let service: ChildProcess | undefined;
let built: string | undefined;
let base: string;
let output = '';
let provisioning = '';
// The app signs in with a certificate, as docs/deploy.md recommends: SharePoint's REST API takes no secret.
const keyFolder = mkdtempSync(join(tmpdir(), 'rehearsal-key-'));
const keyPath = join(keyFolder, 'trygghetshjulet.key.pem');
writeFileSync(
  keyPath,
  generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
);

const tenantEnv = () => ({
  ENV_FILE: '',
  PATH: process.env.PATH ?? '',
  ENTRA_TENANT_ID: tenantId,
  ENTRA_CLIENT_ID: clientId,
  ENTRA_CERTIFICATE_PATH: keyPath,
  ENTRA_CERTIFICATE_THUMBPRINT: `${'C0FFEE'.repeat(6)}ABCD`,
  ENTRA_APP_ID_URI: appIdUri,
  SHAREPOINT_SITE_ID: simulator.siteId,
  GRAPH_BASE_URL: simulator.url,
  ENTRA_AUTHORITY_HOST: issuer.authority,
});

function run(
  command: string[],
  env: Record<string, string>,
  cwd?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, command, { env, cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The tab's SSO token for a person, as Teams gets it from Entra ID for the app. */
const ssoToken = (user: SimUser, roles: string[]) =>
  issuer.token({
    aud: appIdUri,
    iss: `${issuer.authority}/${tenantId}/v2.0`,
    tid: tenantId,
    oid: user.id,
    name: user.displayName,
    preferred_username: user.userPrincipalName,
    roles,
    ver: '2.0',
  });

const asChief = () => ({
  Authorization: `Bearer ${ssoToken(karin, ['SecurityChief', 'BobMember'])}`,
  'Content-Type': 'application/json',
});

async function api(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? 'GET',
    headers: init.headers ?? asChief(),
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, body: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text };
}

/** An activity from Teams, signed the way Bot Framework signs them for this bot. */
async function toBot(fields: Record<string, unknown>, from: SimUser = maria) {
  const activity = teamsActivity({ aadObjectId: from.id, name: from.displayName }, fields);
  const token = issuer.token({
    aud: botId,
    iss: `https://sts.windows.net/${tenantId}/`,
    tid: tenantId,
    appid: botId,
    serviceurl: activity.serviceUrl,
  });
  const response = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
  return {
    status: response.status,
    body: (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined,
  };
}

beforeAll(async () => {
  issuer = await startTokenIssuer({ appToken: 'rehearsal-app-token' });
  simulator = await startGraphSimulator({
    acceptToken: (token) => token === 'rehearsal-app-token',
    users: [karin, maria],
    teamsCatalog: [catalogAppId],
  });
  const artefact = buildDeployArtefact();
  // Provisioning, as IT runs it from the repository with the tenant's settings and the role groups.
  const provisioned = await run(
    [
      '--import',
      'tsx',
      'scripts/provision.ts',
      ...Object.entries(groups).flatMap(([role, id]) => ['--group', `${role}=${id}`]),
    ],
    { ...tenantEnv(), PUBLIC_URL: 'https://trygghet.askersund.se' },
  );
  expect(provisioned.stderr).toBe('');
  expect(provisioned.code).toBe(0);
  provisioning = provisioned.stdout;
  ({ folder: built } = { folder: (await artefact).folder });
  const app = (await artefact).app;
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  service = spawn(process.execPath, ['dist/api/server.js'], {
    cwd: app,
    env: {
      ...tenantEnv(),
      NODE_ENV: 'production',
      PORT: String(port),
      PUBLIC_URL: base,
      LOG_LEVEL: 'warn',
      REMINDER_INTERVAL_SECONDS: '0',
      TEAMS_APP_CATALOG_ID: catalogAppId,
      BOT_CLIENT_ID: botId,
      BOT_AUTHORITY_HOST: issuer.authority,
      IDENTITY_ENDPOINT: `${issuer.authority}/msi/token`,
      IDENTITY_HEADER: 'rehearsal-identity-header',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  service.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  service.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (let tries = 0; tries < 150 && !output.includes('körs / is running'); tries += 1) {
    if (service.exitCode !== null) throw new Error(`the service stopped:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!output.includes('körs / is running')) throw new Error(`the service did not start:\n${output}`);
}, 240_000);

afterAll(async () => {
  service?.kill('SIGKILL');
  await simulator?.close();
  await issuer?.close();
  if (built) rmSync(built, { recursive: true, force: true });
  rmSync(keyFolder, { recursive: true, force: true });
});

describe('the tenant rehearsal: from provisioning to a head’s submitted report', () => {
  it('provisions a site where SharePoint itself keeps BOB to the BOB group, leaving nothing to a person', () => {
    expect(provisioning).not.toMatch(/Left to a person/);
    const site = simulator.snapshot() as {
      name: string;
      permissions: { inherits: boolean; assignments?: Record<string, string[]> };
    }[];
    expect(site.filter((list) => list.permissions.inherits)).toEqual([]);
    for (const name of ['bob', 'bobMeetings', 'situationEntriesBob']) {
      expect(site.find((list) => list.name === name)!.permissions.assignments).toEqual({
        'Trygghetshjulet Owners': ['Full Control'],
        [`c:0t.c|tenant|${groups.BobMember}`]: ['Read'],
      });
    }
  });

  it('runs the artefact in production on SharePoint with Entra sign-in', async () => {
    expect(output).toMatch(
      /Lagring \/ store: sharepoint \(SharePoint kommun\.sharepoint\.com,.*inloggning \/ sign-in: entra/,
    );
    expect((await api('/api/health', { headers: {} })).body).toMatchObject({
      status: 'ok',
      store: 'sharepoint',
      authMode: 'entra',
    });
    expect((await api('/api/health/ready', { headers: {} })).body).toMatchObject({
      status: 'ready',
      store: { state: 'ok' },
    });
    expect((await api('/api/me', { headers: { 'X-Dev-Persona': karin.id } })).status).toBe(401);
  });

  let year: number;
  it('lets the säkerhetschef sign in with SSO, find the head in the directory and link them to a department', async () => {
    const me = await api('/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ displayName: 'Karin Ek', roles: ['SecurityChief', 'BobMember'] });
    const current = await api('/api/cycles/current');
    year = current.body.year;
    const today: string = current.body.today;
    const ahead = new Date(`${today}T12:00:00Z`);
    ahead.setUTCDate(ahead.getUTCDate() + 21);
    const moved = await api(`/api/cycles/${year}/milestones/${year}-department-report`, {
      method: 'PATCH',
      body: { due: ahead.toISOString().slice(0, 10), reason: 'Generalrepetition' },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);

    const found = await api('/api/directory/people?q=maria');
    expect(found.body.people).toEqual([
      expect.objectContaining({ objectId: maria.id, displayName: 'Maria Svensson', known: false }),
    ]);
    const department = await api('/api/departments', {
      method: 'POST',
      body: { name: 'Socialförvaltningen', headId: maria.id },
    });
    expect(department.status, JSON.stringify(department.body)).toBe(201);
    expect(department.body.headName).toBe('Maria Svensson');
  });

  it('reaches the head, who never opened the app, by installing it for her through Graph: no setup policy needed', async () => {
    // The säkerhetschef has talked to the bot, so Teams' service address for the tenant is known.
    expect((await toBot({ type: 'message', text: 'hjälp', deliveryMode: 'expectReplies' }, karin)).status).toBe(200);
    const reached = await api(`/api/reach/${maria.id}/install`, { method: 'POST' });
    expect(reached.status, JSON.stringify(reached.body)).toBe(200);
    expect(reached.body).toEqual({ reachable: true, reason: null });
    expect(simulator.installations).toEqual([expect.objectContaining({ userId: maria.id, teamsAppId: catalogAppId })]);
  });

  it('takes the head’s November report through the bot’s card, from a Bot Framework-signed activity', async () => {
    const asked = await toBot({
      type: 'message',
      text: 'rapportera',
      deliveryMode: 'expectReplies',
      serviceUrl: undefined,
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    const replies = (
      asked.body as {
        activities: { attachments?: { content: { actions: { verb?: string; data?: Record<string, string> }[] } }[] }[];
      }
    ).activities;
    const card = replies.flatMap((reply) => reply.attachments ?? []).map((attachment) => attachment.content)[0];
    expect(JSON.stringify(card)).toContain('Socialförvaltningen');
    const submit = card!.actions.find((action) => action.verb === 'submitDepartmentReport')!;
    const answer = await toBot({
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: {
        action: {
          type: 'Action.Execute',
          verb: 'submitDepartmentReport',
          data: {
            ...submit.data,
            situation: 'Oro kring stationsområdet på kvällstid.',
            obs_0_area: 'Stationsområdet',
            obs_0_category: 'Otrygg plats',
            obs_0_new: 'true',
          },
        },
        trigger: 'manual',
      },
    });
    expect(answer.status, `${JSON.stringify(answer.body)}\n${output.slice(-2500)}`).toBe(200);
    expect(JSON.stringify(answer.body)).toContain('Rapporten är mottagen');
  });

  it('shows the säkerhetschef the report submitted, and keeps the quarter’s Word document in the SharePoint library', async () => {
    const overview = await api(`/api/cycles/${year}/reports`);
    expect(overview.body.departments).toEqual([
      expect.objectContaining({ name: 'Socialförvaltningen', state: 'submitted' }),
    ]);
    const today = new Date((await api('/api/cycles/current')).body.today);
    const quarter = Math.floor(today.getUTCMonth() / 3) + 1;
    const saved = await api(`/api/situation/compilations/${today.getUTCFullYear()}/${quarter}/document`, {
      method: 'POST',
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    const libraries = simulator.snapshot() as { name: string; files?: { path: string }[] }[];
    const situation = libraries.find((list) => list.name === 'lagesbilder');
    expect(JSON.stringify(situation)).toMatch(/\.docx/);
  });
});
