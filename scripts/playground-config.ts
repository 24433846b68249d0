/**
 * The Agents Playground's mock data (its .m365agentsplayground.yml, schema version 0.1.1): who the
 * playground user is, the other users of the group chat and team, and the bot. Built from the demo people
 * so the playground can act as any of them: the bot sees that person's Entra object id in from.aadObjectId.
 */

export interface PlaygroundPerson {
  id: string;
  displayName: string;
  title: string;
  departmentName?: string | null;
}

interface PlaygroundUser {
  id: string;
  name: string;
  userPrincipleName: string;
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
}

/** The playground's own tenant id in its built-in configuration. */
export const playgroundTenantId = '00000000-0000-0000-0000-0000000000001';

/** The schema wants exactly this many users besides the current one. */
const otherUserCount = 5;

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

/** A demo person by object id, or by (part of) name, title or department: "maria", "Säkerhetschef", "social". */
export function findPerson(people: PlaygroundPerson[], query: string): PlaygroundPerson | undefined {
  const wanted = fold(query);
  const exact = people.find((person) => person.id === query.trim() || fold(person.displayName) === wanted);
  if (exact) return exact;
  const matches = people.filter((person) =>
    [person.displayName, person.title, person.departmentName ?? ''].some((text) => fold(text).includes(wanted)),
  );
  return matches.length === 1 ? matches[0] : undefined;
}

function userOf(person: PlaygroundPerson): PlaygroundUser {
  const [givenName = person.displayName, ...rest] = person.displayName.split(' ');
  const mail = `${fold(person.displayName)
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '')}@askersund.example`;
  return {
    id: `29:${person.id}`,
    name: person.displayName,
    userPrincipleName: mail,
    aadObjectId: person.id,
    givenName,
    surname: rest.join(' ') || givenName,
    email: mail,
  };
}

/** The configuration with `current` as the playground user; the file may be JSON, which is YAML too. */
export function playgroundConfig(current: PlaygroundPerson, people: PlaygroundPerson[]): Record<string, unknown> {
  const others = people.filter((person) => person.id !== current.id).slice(0, otherUserCount);
  for (let n = others.length + 1; others.length < otherUserCount; n += 1) {
    others.push({ id: `playground-user-${n}`, displayName: `Testperson ${n}`, title: '' });
  }
  return {
    version: '0.1.1',
    tenantId: playgroundTenantId,
    bot: { id: '28:trygghetshjulet-bot', name: 'Trygghetshjulet' },
    currentUser: userOf(current),
    users: others.map(userOf),
    personalChat: { id: `a:playground-${current.id}` },
    groupChat: { id: '19:playground-group@thread.v2', name: 'Gruppchatt' },
    team: {
      id: '19:playground-team@thread.tacv2',
      name: 'Brottsförebyggande rådet',
      aadGroupId: '00000000-0000-0000-0000-000000000031',
      channels: [{ id: '19:playground-channel@thread.tacv2', name: 'Trygghetshjulet' }],
    },
  };
}
