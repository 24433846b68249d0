import type { Express } from 'express';
import type { AppContext } from '../api/http/context.js';

/** Placeholder until the bot lands: answers the Bot Framework endpoint with 501. */
export function mountBot(_ctx: AppContext): (app: Express) => void {
  return (app) => {
    app.post('/api/messages', (_req, res) => {
      res.status(501).json({ error: 'not_implemented' });
    });
  };
}
