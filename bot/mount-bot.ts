import { authorizeJWT, CloudAdapter, type AuthConfiguration, type Request as AgentRequest } from '@microsoft/agents-hosting';
import express, { type Express, type RequestHandler } from 'express';
import type { AppContext } from '../api/http/context.js';
import { createAgent } from './agent.js';
import { ConversationReferenceRepository } from './conversation-references.js';

export interface Bot {
  adapter: CloudAdapter;
  references: ConversationReferenceRepository;
  mount(app: Express): void;
}

/** Anonymous without a client id (local mode only: the SDK refuses it in production); validated tokens with one. */
function authConfigurationOf(ctx: AppContext): AuthConfiguration {
  const { BOT_CLIENT_ID, BOT_CLIENT_SECRET, BOT_TENANT_ID } = ctx.config.env;
  return BOT_CLIENT_ID ? { clientId: BOT_CLIENT_ID, clientSecret: BOT_CLIENT_SECRET, tenantId: BOT_TENANT_ID } : {};
}

export async function createBot(ctx: AppContext): Promise<Bot> {
  const references = new ConversationReferenceRepository(ctx.store);
  await references.ensure();
  const authConfig = authConfigurationOf(ctx);
  const adapter = new CloudAdapter(authConfig);
  const agent = createAgent(ctx, references);

  return {
    adapter,
    references,
    mount: (app) => {
      app.post('/api/messages', express.json({ limit: '1mb' }), authorizeJWT(authConfig) as unknown as RequestHandler, async (req, res) => {
        await adapter.process(req as unknown as AgentRequest, res as never, async (context) => {
          await agent.run(context);
        });
      });
    },
  };
}
