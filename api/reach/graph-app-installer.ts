import { z } from 'zod';
import { GraphError } from '../store/sharepoint/graph-errors.js';
import type { GraphHttp } from '../store/sharepoint/graph-http.js';
import type { AppInstaller, InstallOutcome } from './app-installer.js';

/**
 * Proactive installation for a user through Graph, app-only with TeamsAppInstallation.ReadWriteSelfForUser.All
 * (https://learn.microsoft.com/microsoftteams/platform/graph-api/proactive-bots-and-messages/graph-proactive-bots-and-messages):
 * POST /users/{id}/teamwork/installedApps binding the org catalog's app (201; 409 when it is already there),
 * then the installation's 1:1 chat with the bot: GET …/installedApps/{installation id}/chat.
 */
export class GraphAppInstaller implements AppInstaller {
  readonly enabled = true;

  constructor(
    private readonly http: GraphHttp,
    /** The app's id in the tenant's app catalog (not the manifest id). */
    private readonly catalogAppId: string,
    private readonly graphRoot = 'https://graph.microsoft.com/v1.0',
  ) {}

  async install(objectId: string): Promise<InstallOutcome> {
    const user = `/users/${encodeURIComponent(objectId)}/teamwork/installedApps`;
    let state: 'installed' | 'alreadyInstalled' = 'installed';
    try {
      await this.http.json({
        method: 'POST',
        path: user,
        json: { 'teamsApp@odata.bind': `${this.graphRoot}/appCatalogs/teamsApps/${this.catalogAppId}` },
      });
    } catch (error) {
      if (error instanceof GraphError && error.status === 409) state = 'alreadyInstalled';
      else if (error instanceof GraphError && (error.status === 403 || error.status === 404))
        return { state: 'refused', reason: `${error.status} ${error.graphCode}: ${error.graphMessage}` };
      else throw error;
    }
    const filter = encodeURIComponent(`teamsApp/id eq '${this.catalogAppId}'`);
    const installations = z
      .object({ value: z.array(z.object({ id: z.string() })) })
      .parse(await this.http.json({ method: 'GET', path: `${user}?$expand=teamsApp&$filter=${filter}` }));
    const installation = installations.value[0];
    if (!installation) return { state, chatId: undefined };
    const chat = z
      .object({ id: z.string() })
      .parse(await this.http.json({ method: 'GET', path: `${user}/${encodeURIComponent(installation.id)}/chat` }));
    return { state, chatId: chat.id };
  }
}
