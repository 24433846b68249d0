import { describe, expect, it } from 'vitest';
import type { Caller } from '../auth/caller.js';
import { fixedClock } from '../domain/clock.js';
import type { CouncilRepository } from '../repositories/council-repository.js';
import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import { CommitmentResultService, NotYourCommitment, UnknownCommitment } from './commitment-result-service.js';

type Result = {
  id: string;
  etag: string;
  year: number;
  commitmentId: string;
  outcome: 'done' | 'inProgress' | 'notDone';
  text: string;
  reportedBy: string;
  reportedOn: string;
};

/** The 2025 council's minutes with one police commitment and one of the municipality, and a results list in memory. */
function service() {
  const results: Result[] = [];
  const councils = {
    council: async (year: number) =>
      year === 2025
        ? {
            minutes: {
              commitments: [
                { id: 'polis', actorId: 'a1', departmentId: null, what: 'Synlig närvaro', byWhen: null },
                { id: 'kommun', actorId: null, departmentId: 'd1', what: 'Fältare', byWhen: null },
              ],
            },
          }
        : undefined,
    commitmentResultsOf: async () => results,
    commitmentResults: {
      create: async (fields: Omit<Result, 'id' | 'etag'>) =>
        results.push({ ...fields, id: String(results.length + 1), etag: '1' }),
      update: async (id: string, _etag: string, fields: Partial<Result>) =>
        Object.assign(results.find((r) => r.id === id)!, fields),
    },
  } as unknown as CouncilRepository;
  const organisation = {
    listActors: async () => [{ id: 'a1', name: 'Polisen' }],
    listDepartments: async () => [{ id: 'd1', name: 'Socialförvaltningen' }],
    listPeople: async () => [{ objectId: 'p1', displayName: 'Jonas Wik' }],
  } as unknown as OrganisationRepository;
  return new CommitmentResultService(fixedClock(new Date('2026-11-20T09:00:00+01:00')), councils, organisation);
}

const police: Caller = {
  id: 'p1',
  displayName: 'Jonas Wik',
  roles: ['CouncilMember'],
  departmentId: null,
  actorId: 'a1',
};
const chief: Caller = {
  id: 'c1',
  displayName: 'Karin Ek',
  roles: ['SecurityChief'],
  departmentId: null,
  actorId: null,
};

describe('CommitmentResultService', () => {
  it('names who committed and lets only the actor’s own people (and the säkerhetschef) report', async () => {
    const results = service();
    const listed = await results.list(2025, police);
    expect(listed.map((c) => [c.who, c.mayReport])).toEqual([
      ['Polisen', true],
      ['Kommunen (Socialförvaltningen)', false],
    ]);
    expect((await results.list(2025, chief)).every((c) => c.mayReport)).toBe(true);
    expect(await results.list(2024, police)).toEqual([]);
  });

  it('keeps one result per commitment, the latest, with who and when', async () => {
    const results = service();
    await results.report(2025, 'polis', { outcome: 'inProgress', text: 'Fredagar' }, police);
    const after = await results.report(2025, 'polis', { outcome: 'done', text: 'Varje helg' }, police);
    expect(after.find((c) => c.id === 'polis')!.result).toEqual({
      outcome: 'done',
      text: 'Varje helg',
      reportedBy: 'Jonas Wik',
      reportedOn: '2026-11-20',
    });
    await expect(results.report(2025, 'kommun', { outcome: 'done', text: '' }, police)).rejects.toBeInstanceOf(
      NotYourCommitment,
    );
    await expect(results.report(2025, 'finns-inte', { outcome: 'done', text: '' }, chief)).rejects.toBeInstanceOf(
      UnknownCommitment,
    );
  });
});
