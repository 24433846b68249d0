import type { ConversationReference } from '@microsoft/agents-activity';
import {
  CloudAdapter,
  createOutboundHostValidator,
  type AuthConfiguration,
  type Request as AgentRequest,
  type TurnContext,
} from '@microsoft/agents-hosting';
import express, { type Express, type RequestHandler, type Response } from 'express';
import { botAuthType, botConfigProblem, ConfigError } from '../api/config/env.js';
import type { AppContext } from '../api/app-context.js';
import { DomainError } from '../api/domain/errors/domain-error.js';
import { createAgent } from './agent.js';
import type { ConversationReferenceRepository } from '../api/repositories/conversation-reference-repository.js';
import type { ReminderSender } from '../api/services/reminder-service.js';
import { createReminderSender } from './reminder-sender.js';
import { ReportConversation, type Notify } from './report-conversation.js';

export interface Bot {
  adapter: CloudAdapter;
  references: ConversationReferenceRepository;
  /** True when a client id is configured and every activity must carry a valid Bot Framework token. */
  authenticated: boolean;
  /** Adds POST /api/messages to the app. */
  mount(app: Express): void;
  /** Opens a stored conversation again to send to it (proactive messages such as reminders). */
  continueConversation(reference: ConversationReference, logic: (context: TurnContext) => Promise<void>): Promise<void>;
  /** A text to one person's personal chat with the bot. */
  notify: Notify;
  /** Sends the year's reminders as proactive messages, paced under Teams' limits. */
  reminderSender: ReminderSender;
}

export interface BotOptions {
  /**
   * Entra authority the token keys are fetched from, e.g. https://login.microsoftonline.us for a national
   * cloud. The default is the public cloud; tests point it at a local key server.
   */
  authority?: string;
}

/**
 * The Agents SDK's auth settings, built from this product's BOT_* variables (not the SDK's own variable
 * names). Without a client id the bot is anonymous: local mode only, which loadConfig enforces.
 */
export function authConfigurationOf(ctx: AppContext, options: BotOptions = {}): AuthConfiguration {
  const { BOT_CLIENT_ID, BOT_CLIENT_SECRET, BOT_TENANT_ID } = ctx.config.env;
  if (!BOT_CLIENT_ID) return {};
  const authType = botAuthType(ctx.config.env);
  return {
    clientId: BOT_CLIENT_ID,
    // With a user-assigned managed identity (what infra/main.bicep gives the bot) there is no secret at all.
    authType,
    ...(authType === 'ClientSecret' ? { clientSecret: BOT_CLIENT_SECRET } : {}),
    tenantId: BOT_TENANT_ID ?? ctx.config.microsoft365?.tenantId,
    // The token's issuer must be Bot Framework, Microsoft's first-party tenants or the configured tenant.
    validateIssuer: true,
    // Where the keys of Bot Framework-signed tokens are found: national clouds, and the tenant rehearsal.
    ...((options.authority ?? ctx.config.env.BOT_AUTHORITY_HOST)
      ? { authorityEndpoint: options.authority ?? ctx.config.env.BOT_AUTHORITY_HOST }
      : {}),
  };
}

export async function createBot(ctx: AppContext, options: BotOptions = {}): Promise<Bot> {
  const problem = botConfigProblem(ctx.config);
  if (problem) throw new ConfigError(problem);
  const references = ctx.conversations;
  const authConfig = authConfigurationOf(ctx, options);
  const authenticated = Boolean(authConfig.clientId);
  // With a client id the bot's token is only ever sent to Microsoft's hosts (Teams' serviceUrl), and an
  // activity whose serviceUrl differs from its token's serviceurl claim is refused. Locally the Agents
  // Playground's connector runs on localhost and there is no token to protect.
  const adapter = new CloudAdapter(
    authConfig,
    undefined,
    undefined,
    undefined,
    createOutboundHostValidator({ enabled: authenticated }),
  );
  const continueConversation = (reference: ConversationReference, logic: (context: TurnContext) => Promise<void>) =>
    // Anonymous locally: an identity without audience makes the SDK send without a token.
    adapter.continueConversation(authenticated ? (authConfig.clientId as string) : {}, reference, logic);
  const notify: Notify = async (userId, text) => {
    const stored = await references.find(userId);
    if (!stored) return 'unreachable';
    await continueConversation(stored.reference as unknown as ConversationReference, async (context) => {
      await context.sendActivity(text);
    });
    return 'sent';
  };
  const reports = new ReportConversation(ctx, notify);
  const agent = createAgent(ctx, adapter, references, reports);

  // The adapter's own middleware validates against the settings as the SDK completed them (connections,
  // issuers); authorizeJWT given the bare settings would find no connection and refuse every token.
  // Its refusals are answered in the product's words: the SDK's own carry internals such as a failed DNS
  // lookup of the token authority (what went wrong is in the log).
  const authorize: RequestHandler = (req, _res, next) => {
    const refusal = { status: (code: number) => ({ send: () => next(botRefused(code)) }) };
    void adapter.authorizeRequest(req as unknown as AgentRequest, refusal as never, next);
  };

  const handle: RequestHandler = async (req, res) => {
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw notAnActivity();
    const tooLong = overlongId(body as Record<string, unknown>);
    if (tooLong) throw idTooLong(tooLong);
    try {
      await adapter.process(req as unknown as AgentRequest, res as unknown as Response & never, (context) =>
        agent.run(context),
      );
    } catch (error) {
      // The SDK checks the activity's shape with its own zod before the turn; turn errors never get here.
      if (error instanceof Error && error.name === 'ZodError' && !res.headersSent) throw notAnActivity();
      throw error;
    }
  };

  return {
    adapter,
    references,
    authenticated,
    mount: (app) => {
      const parse = express.json({ limit: '1mb' });
      if (authenticated) app.post('/api/messages', authorize, parse, handle);
      else app.post('/api/messages', parse, handle);
    },
    continueConversation,
    notify,
    reminderSender: createReminderSender(ctx, references, continueConversation, reports),
  };
}

const notAnActivity = () =>
  new DomainError('bad_activity', {
    sv: 'Förfrågan är ingen giltig Bot Framework-aktivitet (JSON med type och conversation.id).',
    en: 'The request is not a valid Bot Framework activity (JSON with type and conversation.id).',
  });

const botRefused = (status: number) =>
  status === 405
    ? new DomainError('method_not_allowed', { sv: 'Botten tar bara emot POST.', en: 'The bot only accepts POST.' })
    : new DomainError('unauthorized', {
        sv: 'Aktiviteten saknar en giltig token från Microsoft Bot Framework.',
        en: 'The activity lacks a valid Microsoft Bot Framework token.',
      });

/** Teams' ids are far shorter; longer ones cannot be stored (SharePoint's text columns hold 255 characters). */
const maxIdLength = 255;
const idPaths = [
  ['id'],
  ['conversation', 'id'],
  ['from', 'id'],
  ['from', 'aadObjectId'],
  ['recipient', 'id'],
  ['channelId'],
  ['serviceUrl'],
  ['replyToId'],
];

function overlongId(activity: Record<string, unknown>): string | undefined {
  for (const path of idPaths) {
    const value = path.reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      activity,
    );
    if (typeof value === 'string' && value.length > maxIdLength) return path.join('.');
  }
  return undefined;
}

const idTooLong = (field: string) =>
  new DomainError(
    'bad_activity',
    {
      sv: `Aktivitetens ${field} är längre än ${maxIdLength} tecken.`,
      en: `The activity's ${field} is longer than ${maxIdLength} characters.`,
    },
    { issues: [{ field, message: `högst ${maxIdLength} tecken`, messageEn: `at most ${maxIdLength} characters` }] },
  );
