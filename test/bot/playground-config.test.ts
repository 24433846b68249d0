import { describe, expect, it } from 'vitest';
import { demoDepartments, demoPeople, playgroundUserId } from '../../api/seed/askersund.js';
import { findPerson, playgroundConfig, type PlaygroundPerson } from '../../scripts/playground-config.js';

const people: PlaygroundPerson[] = demoPeople.map((person) => ({
  id: person.objectId,
  displayName: person.displayName,
  title: person.title,
  departmentName: demoDepartments.find((department) => department.headId === person.objectId)?.name ?? null,
}));

describe('npm run playground -- --as', () => {
  it('finds a demo person by object id, name without diacritics, title or department', () => {
    expect(findPerson(people, playgroundUserId)?.displayName).toBe('Alex Wilber');
    expect(findPerson(people, 'peter nystrom')?.displayName).toBe('Peter Nyström');
    expect(findPerson(people, 'säkerhetschef')?.displayName).toBe('Karin Ek');
    expect(findPerson(people, 'Socialförvaltningen')?.displayName).toBe('Alex Wilber');
  });

  it('finds nobody when the words fit several or none', () => {
    expect(findPerson(people, 'chef')).toBeUndefined();
    expect(findPerson(people, 'Bengt')).toBeUndefined();
  });

  it('makes the chosen person the playground user, with five others as the schema demands', () => {
    const maria = findPerson(people, 'Maria Berg');
    if (!maria) throw new Error('Maria Berg is a demo person');
    const config = playgroundConfig(maria, people) as {
      currentUser: { aadObjectId: string; name: string };
      users: { aadObjectId: string }[];
      bot: { name: string };
    };
    expect(config.currentUser).toMatchObject({ aadObjectId: maria.id, name: 'Maria Berg' });
    expect(config.users).toHaveLength(5);
    expect(config.users.map((user) => user.aadObjectId)).not.toContain(maria.id);
    expect(config.bot.name.length).toBeLessThanOrEqual(42);
    expect(Object.keys(config).sort()).toEqual([
      'bot',
      'currentUser',
      'groupChat',
      'personalChat',
      'team',
      'tenantId',
      'users',
      'version',
    ]);
  });

  it('fills up to five other users when the organisation is small', () => {
    const [only] = people;
    if (!only) throw new Error('demo people missing');
    const config = playgroundConfig(only, [only]) as { users: { id: string }[] };
    expect(config.users).toHaveLength(5);
    expect(new Set(config.users.map((user) => user.id)).size).toBe(5);
  });
});
