import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { systemClock, type Clock } from '../../api/domain/clock.js';
import { answerBatch } from './batch.js';
import { DriveEndpoints } from './drives.js';
import { FaultInjector } from './faults.js';
import { InstalledAppsEndpoints, UsersEndpoints, type SimInstallation, type SimUser } from './users.js';
import { ItemsEndpoints } from './items.js';
import { ListsEndpoints } from './lists.js';
import { graphError, json, SimError, type SimRequest, type SimResponse } from './sim-http.js';
import { defaultSitePermissions, roleDefinitions, SharePointRestEndpoints } from './sharepoint-rest.js';
import { siteUrlPath, siteWebUrl, type SimList, type SimSite } from './state.js';
import { ResourceUnitLedger } from './resource-units.js';
import { MailboxEndpoints, type SimEvent, type SimSentMail } from './mailbox.js';

export interface GraphSimulatorOptions {
  clock?: Clock;
  siteId?: string;
  /** Which bearer tokens are valid; any non-empty token when absent. */
  acceptToken?: (token: string) => boolean;
  /** Largest body the simple upload (PUT …/content) takes. */
  simpleUploadLimit?: number;
  /** The tenant's directory, for GET /users ($search) and GET /users/{id}. */
  users?: SimUser[];
  /** PATCH …/fields answers with the ETag and dates (undocumented; off: the adapter must not rely on it). */
  richPatchAnswers?: boolean;
  /** $orderby on list items is ignored, as reported of Graph; the adapter must order itself. */
  ignoreOrderBy?: boolean;
  /** Mailboxes (user principal names) the app may send mail and keep a calendar in; none by default. */
  grantedMailboxes?: string[];
  /** Ids of the org app catalog's Teams apps, which can be installed for users. */
  teamsCatalog?: string[];
  /** Users for whom installing is refused (403), as an app permission policy would. */
  refuseInstallFor?: string[];
  /** Graph answers 403 on the items of a list that stopped inheriting, as if the app's grant did not reach it. */
  appLosesUniqueLists?: boolean;
  /** The app's SharePoint budget in resource units a minute; past it, 429 with Retry-After. Unlimited when absent. */
  resourceUnitsPerMinute?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  inBatch: boolean;
  status: number;
  userAgent?: string;
}

export interface GraphSimulator {
  /** The version root, e.g. http://127.0.0.1:40123/v1.0 (what GRAPH_BASE_URL points at). */
  url: string;
  siteId: string;
  faults: FaultInjector;
  /** The apps installed for users through teamwork/installedApps. */
  installations: readonly SimInstallation[];
  /** Mail sent and events kept through granted mailboxes. */
  mailbox: { sent: readonly SimSentMail[]; events: readonly SimEvent[] };
  /** Resource units charged (every request, throttled ones too) and requests throttled for going past the budget. */
  resourceUnits: { total(): number; throttled(): number };
  /** Every request served, HTTP round trips (inBatch false) and requests inside batches (inBatch true). */
  log: LoggedRequest[];
  /** The site's lists, columns, items, files and permissions as plain data, for before/after comparisons. */
  snapshot(): unknown;
  /** The site itself, for a test that sets up what a tenant already has (another principal on the site, say). */
  site: SimSite;
  close(): Promise<void>;
}

/**
 * A local stand-in for the parts of Microsoft Graph the sharepoint adapter uses, answering as Graph's
 * documentation says: sites/{id}/lists, columns, items with fields, $filter/$orderby/$top/$skiptoken paging,
 * ETags and If-Match (412), the error envelope, JSON $batch, drives with versions and upload sessions,
 * and faults on demand (429/503/504, requests never answered).
 */
export async function startGraphSimulator(options: GraphSimulatorOptions = {}): Promise<GraphSimulator> {
  const clock = options.clock ?? systemClock;
  const site: SimSite = {
    id:
      options.siteId ??
      'kommun.sharepoint.com,8b5b1f2e-3c41-4a0e-9e55-0c8a2b0c1d11,2f6c7d11-5e3a-4c8f-b0d2-7a9e1c3b4d55',
    lists: [],
    ...defaultSitePermissions(),
  };
  const faults = new FaultInjector();
  const log: LoggedRequest[] = [];
  let origin = '';
  const baseUrl = () => `${origin}/v1.0`;
  const lists = new ListsEndpoints(site, clock, baseUrl);
  const items = new ItemsEndpoints(clock, baseUrl, options.richPatchAnswers ?? false, options.ignoreOrderBy ?? false);
  const drives = new DriveEndpoints(
    () => site.lists,
    clock,
    () => origin,
    options.simpleUploadLimit ?? 4 * 1024 * 1024,
  );
  const hanging = new Set<ServerResponse>();
  const users = new UsersEndpoints(options.users ?? []);
  const sharePointRest = new SharePointRestEndpoints(site);
  const installedApps = new InstalledAppsEndpoints(
    options.users ?? [],
    options.teamsCatalog ?? [],
    new Set(options.refuseInstallFor ?? []),
  );
  const mailbox = new MailboxEndpoints(options.users ?? [], new Set(options.grantedMailboxes ?? []));

  const ledger = new ResourceUnitLedger(clock, options.resourceUnitsPerMinute);
  const route = async (request: SimRequest): Promise<SimResponse> => {
    const fault = faults.take(request);
    if (fault) return fault;
    const throttled = ledger.charge(request);
    if (throttled) return throttled;
    const { method } = request;
    const path = request.url.pathname;
    if (path === '/$batch' && method === 'POST' && !request.inBatch) return answerBatch(request, dispatch);
    const segments = path.split('/').slice(1);
    if (segments[0] === 'sites' && segments[1] !== undefined) {
      if (decodeURIComponent(segments[1]) !== site.id)
        throw new SimError(404, 'itemNotFound', 'Requested site could not be found');
      const [, , collection, listRef, sub, subId, leaf] = segments;
      if (collection === undefined && method === 'GET')
        return json(200, {
          id: site.id,
          name: 'trygghet',
          displayName: 'Trygghetshjulet',
          webUrl: siteWebUrl(baseUrl()),
        });
      if (collection === 'lists') {
        if (listRef === undefined)
          return method === 'POST'
            ? lists.createList(request)
            : method === 'GET'
              ? lists.listLists(request)
              : notAllowed();
        if (sub === undefined) return method === 'GET' ? lists.getList(request, listRef) : notAllowed();
        const list = lists.findList(listRef);
        if (sub === 'drive' && subId === undefined && method === 'GET') return drives.driveOfList(list);
        if (sub === 'columns') {
          if (subId === undefined)
            return method === 'GET'
              ? lists.listColumns(request, listRef)
              : method === 'POST'
                ? lists.createColumn(request, listRef)
                : notAllowed();
          return method === 'PATCH' ? lists.updateColumn(request, listRef, subId) : notAllowed();
        }
        if (sub === 'items' && options.appLosesUniqueLists && list.roleAssignments)
          throw new SimError(403, 'accessDenied', 'Access denied');
        if (sub === 'items') {
          if (subId === undefined)
            return method === 'GET'
              ? items.list(request, list)
              : method === 'POST'
                ? items.create(request, list)
                : notAllowed();
          if (leaf === 'fields' && method === 'PATCH') return items.updateFields(request, list, subId);
          if (leaf === 'versions' && method === 'GET') return items.versions(request, list, subId);
          if (leaf === undefined)
            return method === 'GET'
              ? items.get(request, list, subId)
              : method === 'DELETE'
                ? items.delete(request, list, subId)
                : notAllowed();
        }
      }
    }
    if (
      segments[0] === 'users' &&
      segments[1] !== undefined &&
      segments[2] === 'teamwork' &&
      segments[3] === 'installedApps'
    )
      return installedApps.route(request, segments[1], segments.slice(4));
    if (
      segments[0] === 'users' &&
      segments[1] !== undefined &&
      (segments[2] === 'sendMail' || segments[2] === 'events')
    )
      return mailbox.route(request, segments[1], segments.slice(2));
    if (segments[0] === 'users' && method === 'GET')
      return segments[1] === undefined ? users.list(request) : users.get(request, segments[1]);
    if (segments[0] === 'drives' && segments[1] !== undefined) {
      return drives.route(
        request,
        decodeURIComponent(segments[1]),
        `/${segments.slice(2).join('/')}`.replace(/^\/$/, ''),
      );
    }
    throw new SimError(400, 'BadRequest', `Resource not found for the segment '${segments[0] ?? ''}'.`);
  };

  const dispatch = async (request: SimRequest): Promise<SimResponse> => {
    let response: SimResponse;
    try {
      response = await route(request);
    } catch (error) {
      response =
        error instanceof SimError
          ? error.toResponse()
          : graphError(500, 'generalException', error instanceof Error ? error.message : String(error));
    }
    log.push({
      method: request.method,
      path: `${request.url.pathname}${request.url.search}`,
      inBatch: request.inBatch,
      status: response.status,
      userAgent: request.headers['user-agent'],
    });
    return response;
  };

  const server = createServer((incoming, outgoing) => {
    void serve(incoming, outgoing);
  });

  const serve = async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const headers = Object.fromEntries(
      Object.entries(incoming.headers).map(([name, value]) => [
        name,
        Array.isArray(value) ? value.join(', ') : (value ?? ''),
      ]),
    );
    const raw = new URL(incoming.url ?? '/', 'http://graph.invalid');
    const request: SimRequest = {
      method: incoming.method ?? 'GET',
      url: raw,
      headers,
      body: Buffer.concat(chunks),
      inBatch: false,
    };
    let response: SimResponse;
    if (raw.pathname.startsWith('/_download/')) response = drives.download(raw.pathname.slice('/_download/'.length));
    else if (raw.pathname.startsWith('/_upload/'))
      response = await guarded(() => drives.uploadFragment(request, raw.pathname.slice('/_upload/'.length)));
    else if (raw.pathname.startsWith(`${siteUrlPath}/_api/`)) {
      const token = /^Bearer (\S+)$/.exec(headers.authorization ?? '')?.[1];
      if (!token || (options.acceptToken && !options.acceptToken(token)))
        response = {
          status: 401,
          headers: {},
          body: {
            'odata.error': {
              code: '-2147024891, System.UnauthorizedAccessException',
              message: { lang: 'en-US', value: 'Unsupported app only token.' },
            },
          },
        };
      else
        response = sharePointRest.route(request, decodeURIComponent(raw.pathname.slice(`${siteUrlPath}/_api/`.length)));
      log.push({
        method: request.method,
        path: `${raw.pathname}${raw.search}`,
        inBatch: false,
        status: response.status,
        userAgent: headers['user-agent'],
      });
    } else if (!raw.pathname.startsWith('/v1.0/')) response = graphError(404, 'itemNotFound', 'Unknown version');
    else {
      request.url = new URL(`${raw.pathname.slice('/v1.0'.length)}${raw.search}`, 'http://graph.invalid');
      const token = /^Bearer (\S+)$/.exec(headers.authorization ?? '')?.[1];
      if (!token) response = graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
      else if (options.acceptToken && !options.acceptToken(token))
        response = graphError(401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.');
      else response = await dispatch(request);
    }
    if (response.hang) {
      hanging.add(outgoing);
      outgoing.on('close', () => hanging.delete(outgoing));
      return;
    }
    const body =
      response.body === undefined
        ? undefined
        : Buffer.isBuffer(response.body)
          ? response.body
          : Buffer.from(JSON.stringify(response.body));
    outgoing.writeHead(response.status, {
      ...response.headers,
      ...(body ? { 'content-length': String(body.length) } : {}),
    });
    outgoing.end(body);
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl(),
    siteId: site.id,
    faults,
    resourceUnits: { total: () => ledger.total, throttled: () => ledger.throttled },
    installations: installedApps.installations,
    mailbox: { sent: mailbox.sent, events: mailbox.events },
    log,
    snapshot: () => snapshotOf(site),
    site,
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function guarded(run: () => SimResponse): Promise<SimResponse> {
  try {
    return run();
  } catch (error) {
    if (error instanceof SimError) return error.toResponse();
    throw error;
  }
}

function notAllowed(): never {
  throw new SimError(405, 'invalidRequest', 'Specified HTTP method is not allowed for the request target.');
}

function snapshotOf(site: SimSite): unknown {
  return site.lists.map((list) => ({
    name: list.name,
    displayName: list.displayName,
    description: list.description,
    template: list.template,
    columns: list.columns.map(({ id: _id, ...column }) => column),
    items: [...list.items.values()],
    files: list.drive
      ? [...list.drive.items.values()].map((item) => ({
          path: item.path,
          folder: item.folder,
          versions: item.versions.map((v) => ({
            label: v.label,
            sha256: createHash('sha256').update(v.content).digest('hex'),
            modified: v.modified,
          })),
        }))
      : undefined,
    permissions: permissionsOf(site, list.roleAssignments),
  }));
}

/** Who holds which permission level on a list, by login name; `inherits` while it has the site's. */
function permissionsOf(site: SimSite, unique: SimList['roleAssignments']) {
  const named = (assignments: NonNullable<SimList['roleAssignments']>) =>
    Object.fromEntries(
      assignments.map((a) => [
        site.principals.find((p) => p.Id === a.principalId)?.LoginName ?? String(a.principalId),
        a.roleDefinitionIds.map((id) => roleDefinitions.find((d) => d.Id === id)?.Name),
      ]),
    );
  return unique ? { inherits: false, assignments: named(unique) } : { inherits: true };
}
