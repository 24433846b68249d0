import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { Router, type Request } from 'express';
import { z } from 'zod';
import type { Authenticator, Caller } from '../auth/caller.js';
import { DomainError } from '../domain/errors/domain-error.js';
import { forbidden, preconditionRequired, unknownAddress } from './errors.js';
import type { AnyRoute, JsonResult, RouteResult } from './route.js';
import { parseRequestPart, validationError } from './validation.js';
import { shownInput } from '../domain/text-policy.js';
import { strictInput } from './strict-input.js';
import { errorBodySchema } from '../contract/errors.js';
import { applyTextPolicy } from './text-guard.js';
import { addressWithoutTicket, ticketParameter, type DownloadLinks } from './download-links.js';

const noParameters = z.object({});

const anonymous: Caller = { id: 'anonymous', displayName: 'anonymous', roles: [], departmentId: null, actorId: null };

function expressPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

const linkExpired = () =>
  new DomainError('link_expired', {
    sv: 'Länken har gått ut eller gäller en annan fil. Hämta filen igen i Trygghetshjulet.',
    en: 'The link has expired or is for another file. Fetch the file again in Trygghetshjulet.',
  });

/** A GET with a download link's ticket is the ticket's person; anything else signs in as usual. */
async function identify(
  route: AnyRoute,
  req: Request,
  authenticator: Authenticator,
  links: DownloadLinks,
): Promise<Caller> {
  const ticket = req.query[ticketParameter];
  if (route.method !== 'get' || typeof ticket !== 'string') return authenticator.authenticate(req.headers);
  const caller = links.verify(ticket, addressWithoutTicket(req.originalUrl));
  if (!caller) throw linkExpired();
  return caller;
}

async function authorise(
  route: AnyRoute,
  req: Request,
  authenticator: Authenticator,
  links: DownloadLinks,
): Promise<Caller> {
  if (route.access === 'public') return anonymous;
  if (route.hidden) {
    // Outside the group, signed in or not, the route does not exist: the same 404 as an unknown address.
    const caller = await identify(route, req, authenticator, links).catch(() => undefined);
    if (!caller?.roles.some((role) => (route.access as readonly string[]).includes(role)))
      throw unknownAddress(req.method, req.originalUrl);
    return caller;
  }
  const caller = await identify(route, req, authenticator, links);
  if (route.access !== 'signedIn' && !caller.roles.some((role) => route.access.includes(role))) throw forbidden();
  return caller;
}

const hasBody = (req: Request) =>
  Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;

const notJson = () =>
  new DomainError('unsupported_media_type', {
    sv: 'Skicka innehållet som JSON (Content-Type: application/json).',
    en: 'Send the body as JSON (Content-Type: application/json).',
  });

// One ETag as the item was read. `*` or a list would match any version, and SharePoint honours them: an edit
// made from an old copy would write over a newer one. A weak W/ tag never matches (RFC 9110, 13.1.1).
const readEtag = /^"[^"]{1,200}"$/;

function ifMatchOf(route: AnyRoute, req: Request): string | undefined {
  const value = req.get('if-match');
  if (route.requiresIfMatch && !value) throw preconditionRequired();
  if (value !== undefined && !readEtag.test(value))
    throw validationError('header', [
      {
        field: 'If-Match',
        message: `ange postens ETag som den lästes, inom citattecken (till exempel "12,3"), inte ${shownInput(value, 20)}`,
        messageEn: `give the item’s ETag as it was read, in quotes (for example "12,3"), not ${shownInput(value, 20)}`,
      },
    ]);
  return value;
}

/**
 * In tests every JSON answer is held to the schema its route declares for that status, so a response that
 * drifts from what OpenAPI and the tab are told fails the test that made it (500, naming the route and field).
 */
function checkResponse(route: AnyRoute, result: JsonResult): void {
  const status = result.status ?? 200;
  const schema = route.responses[status]?.schema;
  if (!schema || result.body === undefined) return;
  const parsed = schema.safeParse(result.body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `The answer of ${route.method.toUpperCase()} ${route.path} (${status}) does not match its schema at ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
  }
}

/** Mounts every declared route with its role check and validation, and describes it in OpenAPI. */
export function buildApiRouter(
  routes: AnyRoute[],
  authenticator: Authenticator,
  links: DownloadLinks,
  version: string,
  options: { checkResponses?: boolean } = {},
): { router: Router; openApi: (req: Request) => Promise<unknown> } {
  const router = Router();
  const registry = new OpenAPIRegistry();
  // Hidden routes are described only to those who may call them; everyone else gets a document without them.
  const publicRegistry = new OpenAPIRegistry();

  for (const route of routes) {
    const bodySchema = route.body && strictInput(route.body);
    // A parameter the route does not know (kategori for category) would answer everything unfiltered.
    const querySchema = strictInput(route.query ?? noParameters);
    router[route.method](expressPath(route.path), async (req, res) => {
      const caller = await authorise(route, req, authenticator, links);
      if (route.body && hasBody(req) && !req.is('application/json')) throw notJson();
      const params = route.params ? parseRequestPart(route.params, req.params, 'params') : undefined;
      // Reading needs no policy (a search may hold anything); whatever can be stored passes through it.
      const writes = route.method !== 'get';
      const { [ticketParameter]: _ticket, ...asked } = req.query;
      const checkedQuery = parseRequestPart(querySchema, writes ? applyTextPolicy(asked, 'query') : asked, 'query');
      const query = route.query ? checkedQuery : undefined;
      const body = bodySchema
        ? parseRequestPart(bodySchema, applyTextPolicy(req.body ?? {}, 'body'), 'body')
        : undefined;
      const result: RouteResult = await route.handler({
        params,
        query,
        body,
        caller,
        ifMatch: ifMatchOf(route, req),
        req,
        res,
      });
      if (options.checkResponses && !('raw' in result)) checkResponse(route, result);
      res.status(result.status ?? 200);
      for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
      if ('raw' in result && route.method === 'get' && req.get('x-open-as') === 'link') {
        // The tab asks where to open the file: where it lives in SharePoint, and a same-origin download link.
        res.removeHeader('Content-Disposition');
        res.json({
          webUrl: result.webUrl ?? null,
          downloadUrl: links.issue(caller, addressWithoutTicket(req.originalUrl)),
        });
      } else if ('raw' in result) {
        res.type(result.contentType).send(Buffer.from(result.raw));
      } else if (result.body === undefined) {
        res.end();
      } else {
        res.json(result.body);
      }
    });

    const description: RouteConfig = {
      method: route.method,
      path: route.path,
      summary: route.summary,
      tags: route.tags,
      security: route.access === 'public' ? [] : [{ devPersona: [] }, { entraBearer: [] }],
      description:
        route.access === 'public' || route.access === 'signedIn' ? undefined : `Roller: ${route.access.join(', ')}`,
      request: {
        ...(route.params ? { params: route.params as never } : {}),
        ...(route.query ? { query: route.query as never } : {}),
        // The body as the router holds it: OpenAPI says no other field is taken (additionalProperties: false).
        ...(bodySchema ? { body: { content: { 'application/json': { schema: bodySchema } } } } : {}),
      },
      responses: Object.fromEntries([
        ...Object.entries(route.responses).map(([status, response]) => [
          status,
          {
            description: response.description,
            ...(response.schema || response.contentType
              ? {
                  content: {
                    [response.contentType ?? 'application/json']: { schema: response.schema ?? { type: 'string' } },
                  },
                }
              : {}),
          },
        ]),
        ['default', { description: 'Fel / Error', content: { 'application/json': { schema: errorBodySchema } } }],
      ]),
    };
    registry.registerPath(description);
    if (!route.hidden) publicRegistry.registerPath(description);
  }

  const documents = new Map<OpenAPIRegistry, unknown>();
  const documentOf = (from: OpenAPIRegistry) => {
    if (!documents.has(from)) {
      from.registerComponent('securitySchemes', 'devPersona', {
        type: 'apiKey',
        in: 'header',
        name: 'X-Dev-Persona',
        description: 'Endast lokalt läge / local mode only',
      });
      from.registerComponent('securitySchemes', 'entraBearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
      documents.set(
        from,
        new OpenApiGeneratorV31(from.definitions).generateDocument({
          openapi: '3.1.0',
          info: { title: 'Trygghetshjulet API', version, description: 'Det brottsförebyggande året – lag (2023:196)' },
        }),
      );
    }
    return documents.get(from);
  };
  const hiddenRoles = new Set(
    routes.filter((r) => r.hidden && Array.isArray(r.access)).flatMap((r) => r.access as readonly string[]),
  );
  const openApi = async (req: Request) => {
    const caller = await authenticator.authenticate(req.headers).catch(() => undefined);
    return documentOf(caller?.roles.some((role) => hiddenRoles.has(role)) ? registry : publicRegistry);
  };
  return { router, openApi };
}
