import compression from 'compression';
import express, { type ErrorRequestHandler, type Express, type Request } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join, sep } from 'node:path';
import { pinoHttp } from 'pino-http';
import { ConflictError, NotFoundError, StoreFullError } from '../store/errors.js';
import { buildApiRouter } from './api-router.js';
import { DownloadLinks } from './download-links.js';
import type { AppContext } from '../app-context.js';
import { DomainError } from '../domain/errors/domain-error.js';
import { securityHeaders } from './security-headers.js';
import { isJsonSyntaxError, jsonSyntaxError } from './json-syntax.js';
import { errorBody, notFound, unknownAddress } from './errors.js';
import type { AnyRoute } from './route.js';
import { actionPlanRoutes } from './routes/action-plans.js';
import { annualSituationRoutes } from './routes/annual-situation.js';
import { actorRoutes } from './routes/actors.js';
import { agreementRoutes } from './routes/agreements.js';
import { bobRoutes } from './routes/bob.js';
import { councilAgendaRoutes } from './routes/council-agenda.js';
import { commitmentResultRoutes } from './routes/commitment-results.js';
import { councilOfferRoutes } from './routes/council-offers.js';
import { outboxRoutes } from './routes/outbox.js';
import { historyRoutes } from './routes/history.js';
import { recordsRoutes } from './routes/records.js';
import { situationAreaRoutes } from './routes/situation-areas.js';
import { councilRoutes } from './routes/councils.js';
import { municipalCouncilReportRoutes } from './routes/municipal-council-report.js';
import { cycleRoutes } from './routes/cycles.js';
import { cycleTemplateRoutes } from './routes/cycle-template.js';
import { departmentRoutes } from './routes/departments.js';
import { healthRoutes } from './routes/health.js';
import { meRoutes } from './routes/me.js';
import { peopleRoutes } from './routes/people.js';
import { reachRoutes } from './routes/reach.js';
import { personaRoutes } from './routes/personas.js';
import { reportRoutes } from './routes/reports.js';
import { situationCompilationRoutes } from './routes/situation-compilations.js';
import { situationEntryRoutes } from './routes/situation-entries.js';
import { importUploadLimit, situationImportRoutes } from './routes/situation-imports.js';

export interface AppOptions {
  /** Folder of the built tab (vite output); not served when absent. */
  tabDir?: string;
  /** Mounts the bot endpoint; the bot lives in bot/ and is wired in by the server. */
  mountBot?: (app: Express) => void;
  extraRoutes?: AnyRoute[];
}

export function apiRoutes(ctx: AppContext): AnyRoute[] {
  return [
    ...healthRoutes(ctx),
    ...personaRoutes(ctx),
    ...meRoutes(ctx),
    ...peopleRoutes(ctx),
    ...reachRoutes(ctx),
    ...departmentRoutes(ctx),
    ...actorRoutes(ctx),
    ...cycleRoutes(ctx),
    ...cycleTemplateRoutes(ctx),
    ...reportRoutes(ctx),
    ...actionPlanRoutes(ctx),
    ...situationEntryRoutes(ctx),
    ...situationImportRoutes(ctx),
    ...situationCompilationRoutes(ctx),
    ...annualSituationRoutes(ctx),
    ...councilRoutes(ctx),
    ...councilAgendaRoutes(ctx),
    ...councilOfferRoutes(ctx),
    ...commitmentResultRoutes(ctx),
    ...outboxRoutes(ctx),
    ...historyRoutes(ctx),
    ...recordsRoutes(ctx),
    ...situationAreaRoutes(ctx),
    ...agreementRoutes(ctx),
    ...municipalCouncilReportRoutes(ctx),
    ...bobRoutes(ctx),
  ];
}

export function createApp(ctx: AppContext, options: AppOptions = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', true);

  app.use(
    pinoHttp({
      logger: ctx.logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      // Only method, path and status: headers carry tokens and persona ids.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/api/health' },
    }),
  );

  app.use(securityHeaders(ctx.config.env.MAP_TILE_URL));
  // gzip or brotli for text (the tab's scripts, JSON); Word files and images are compressed already and pass as they are.
  app.use(compression());
  options.mountBot?.(app);

  // Every upload route takes the file as the raw body; other content types pass on to the JSON parser.
  app.use('/api', express.raw({ type: 'application/octet-stream', limit: importUploadLimit }));
  app.use('/api', express.json({ limit: '1mb' }));
  const { router, openApi } = buildApiRouter(
    [...apiRoutes(ctx), ...(options.extraRoutes ?? [])],
    ctx.authenticator,
    new DownloadLinks(ctx.clock, ctx.config.env.DOWNLOAD_LINK_KEY),
    ctx.version,
    {
      checkResponses: ctx.config.env.NODE_ENV === 'test',
    },
  );
  app.get('/api/openapi.json', async (req, res) => {
    res.json(await openApi(req));
  });
  // Express answers OPTIONS itself with the methods a path has, which would tell a hidden route from an
  // unknown one; the tab is same-origin and needs no preflight, so every OPTIONS is an unknown address.
  app.options(/^\/api\/.*/, (req) => {
    throw unknownAddress(req.method, req.originalUrl);
  });
  app.use(router);
  app.use('/api', (req) => {
    throw unknownAddress(req.method, req.originalUrl);
  });

  if (options.tabDir && existsSync(join(options.tabDir, 'index.html'))) {
    const tabDir = options.tabDir;
    // The twin the build made (.br, else .gz) when the browser takes it, with Vary: Accept-Encoding; compression()
    // above leaves an answer alone that is encoded already.
    const tabFiles = expressStaticGzip(tabDir, {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      index: false,
      serveStatic: {
        index: false,
        // Vite names each asset by its content's hash: a changed file is a new name, so the old one never changes.
        setHeaders: (res, path) =>
          res.setHeader(
            'Cache-Control',
            path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
          ),
      },
    });
    // A path whose parts are no UTF-8 names no file: it goes on to the 404 below, not into the file server's 400.
    app.use((req, res, next) => (decodablePath(req.path) ? tabFiles(req, res, next) : next()));
    // The tab routes by the hash, so a path naming a file (a dot in its last part) is a file or nothing: a
    // script of an earlier release answers 404, which the tab turns into "reload", never index.html as script.
    app.get(/^\/(?!api\/)(?:[^/]*\/)*[^/.]*$/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(tabDir, 'index.html'));
    });
    app.get(/^\/(?!api\/).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.status(404).type('text/plain').send('Filen finns inte. / The file does not exist.');
    });
  }

  app.use(errorHandler);
  return app;
}

function decodablePath(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

const errorHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const known = toHttpError(error, req);
  if (!known) req.log.error({ err: error }, 'unhandled error');
  const httpError =
    known ??
    new DomainError('internal', {
      sv: 'Ett oväntat fel inträffade. Försök igen.',
      en: 'An unexpected error occurred. Please try again.',
    });
  res.status(httpError.status).json(errorBody(httpError));
};

function toHttpError(error: unknown, req: Request): DomainError | undefined {
  if (error instanceof DomainError) return error;
  // The router could not decode a path parameter (%C0%AF is no UTF-8): no item has such an id, and a hidden
  // route must answer as an unknown one does.
  if (error instanceof URIError) return unknownAddress(req.method, req.originalUrl);
  if (error instanceof ConflictError) {
    return new DomainError(
      'conflict',
      {
        sv: 'Någon annan har ändrat detta sedan du läste det. Se den aktuella versionen och gör om din ändring.',
        en: 'Someone else changed this since you read it. See the current version and make your change again.',
      },
      { current: { ...error.current.fields, id: error.current.id, etag: error.current.etag } },
    );
  }
  if (error instanceof NotFoundError) return notFound({ sv: 'Posten', en: 'The item' });
  if (isDiskFull(error)) {
    return new DomainError('storage_full', {
      sv: 'Lagringen är full, så inget sparades. Be IT frigöra utrymme på disken där tjänstens data ligger och försök sedan igen.',
      en: 'The storage is full, so nothing was saved. Ask IT to free space on the disk holding the service’s data, then try again.',
    });
  }
  if (isBodyTooLarge(error)) {
    const megabytes = Math.round(((error as { limit?: number }).limit ?? 1_048_576) / 1_048_576);
    return new DomainError('too_large', {
      sv: `Innehållet är för stort (högst ${megabytes} MB).`,
      en: `The body is too large (at most ${megabytes} MB).`,
    });
  }
  if (isJsonSyntaxError(error)) return jsonSyntaxError(error);
  const unreadable = bodyReadError(error);
  if (unreadable === 415) {
    return new DomainError('unsupported_media_type', {
      sv: 'Innehållets teckenkodning eller komprimering stöds inte. Skicka JSON i UTF-8, okomprimerat eller med gzip, deflate eller br.',
      en: 'The body’s character encoding or compression is not supported. Send JSON in UTF-8, uncompressed or with gzip, deflate or br.',
    });
  }
  if (unreadable === 400) {
    return new DomainError('unreadable_body', {
      sv: 'Innehållet kunde inte läsas: komprimeringen stämmer inte med Content-Encoding.',
      en: 'The body could not be read: its compression does not match Content-Encoding.',
    });
  }
  return undefined;
}

/** body-parser's own refusals (http-errors with `expose`): an unsupported charset or encoding, bad compression. */
function bodyReadError(error: unknown): number | undefined {
  const candidate = error as { expose?: boolean; status?: number } | null;
  if (candidate?.expose !== true || typeof candidate.status !== 'number') return undefined;
  return candidate.status === 415 ? 415 : candidate.status >= 400 && candidate.status < 500 ? 400 : undefined;
}

/** A full disk, whether the file libraries (ENOSPC) or SQLite (SQLITE_FULL) met it. */
function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof StoreFullError || code === 'SQLITE_FULL' || code === 'ENOSPC';
}

function isBodyTooLarge(error: unknown): boolean {
  return (error as { type?: string } | null)?.type === 'entity.too.large';
}
