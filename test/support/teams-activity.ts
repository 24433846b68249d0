import { randomUUID } from 'node:crypto';

export const tenantId = '00000000-0000-0000-0000-00000000aaaa';
export const botId = '28:trygghetshjulet-bot';

/** An activity shaped the way Teams posts it to a bot in personal scope. */
export function teamsActivity(
  user: { aadObjectId: string; name: string },
  fields: Record<string, unknown>,
): Record<string, unknown> {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    timestamp: '2026-11-24T08:00:00.000Z',
    localTimezone: 'Europe/Stockholm',
    locale: 'sv-SE',
    from: { id: `29:${user.aadObjectId}`, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { id: botId, name: 'Trygghetshjulet' },
    conversation: { id: `a:personal-${user.aadObjectId}`, conversationType: 'personal', tenantId },
    channelData: { tenant: { id: tenantId } },
    ...fields,
  };
}
