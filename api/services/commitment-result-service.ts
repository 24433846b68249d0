import type { Caller } from '../auth/caller.js';
import type { Clock } from '../domain/clock.js';
import type { CommitmentResultInput } from '../domain/council/commitment-result.js';
import type { Commitment } from '../domain/council/minutes.js';
import { todayIn } from '../domain/cycle/index.js';
import type { CommitmentResultRecord, CouncilRepository } from '../repositories/council-repository.js';
import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import { partyName } from './council-agenda-service.js';
import { DomainError, NotFound } from '../domain/errors/domain-error.js';

export class UnknownCommitment extends NotFound {
  constructor(year: number, commitmentId: string) {
    super({
      sv: `Åtagandet ${commitmentId} i protokollet från rådet ${year}`,
      en: `The commitment ${commitmentId} in the minutes of the ${year} council`,
    });
  }
}
export class NotYourCommitment extends DomainError {
  constructor() {
    super('not_your_commitment', {
      sv: 'Du kan bara rapportera resultatet av åtaganden som den aktör du företräder gjorde.',
      en: 'You can only report the result of commitments made by the actor you represent.',
    });
  }
}

export interface CommitmentWithResult extends Commitment {
  who: string;
  result: { outcome: CommitmentResultRecord['outcome']; text: string; reportedBy: string; reportedOn: string } | null;
  /** Whether the caller may report this commitment's result. */
  mayReport: boolean;
}

/**
 * What became of each commitment in a council's minutes: the actor's own people report it (the säkerhetschef
 * may for anyone), and next year's agenda shows it under point 2.
 */
export class CommitmentResultService {
  constructor(
    private readonly clock: Clock,
    private readonly councils: CouncilRepository,
    private readonly organisation: OrganisationRepository,
  ) {}

  async list(year: number, caller: Caller | null): Promise<CommitmentWithResult[]> {
    const [council, results, actors, departments, people] = await Promise.all([
      this.councils.council(year),
      this.councils.commitmentResultsOf(year),
      this.organisation.listActors(),
      this.organisation.listDepartments(),
      this.organisation.listPeople(),
    ]);
    return (council?.minutes?.commitments ?? []).map((commitment) => {
      const result = results.find((r) => r.commitmentId === commitment.id);
      return {
        ...commitment,
        who: partyName(commitment, actors, departments),
        result: result
          ? {
              outcome: result.outcome,
              text: result.text,
              reportedBy: people.find((p) => p.objectId === result.reportedBy)?.displayName ?? result.reportedBy,
              reportedOn: result.reportedOn,
            }
          : null,
        mayReport: caller !== null && mayReport(commitment, caller),
      };
    });
  }

  async report(
    year: number,
    commitmentId: string,
    input: CommitmentResultInput,
    caller: Caller,
  ): Promise<CommitmentWithResult[]> {
    const commitment = (await this.councils.council(year))?.minutes?.commitments.find((c) => c.id === commitmentId);
    if (!commitment) throw new UnknownCommitment(year, commitmentId);
    if (!mayReport(commitment, caller)) throw new NotYourCommitment();
    const existing = (await this.councils.commitmentResultsOf(year)).find((r) => r.commitmentId === commitmentId);
    const fields = { ...input, reportedBy: caller.id, reportedOn: todayIn(this.clock) };
    // Last writer wins: a result is one actor's short statement, written again rather than merged.
    if (existing) await this.councils.commitmentResults.update(existing.id, existing.etag, fields, caller.id);
    else await this.councils.commitmentResults.create({ year, commitmentId, ...fields }, caller.id);
    return this.list(year, caller);
  }
}

function mayReport(commitment: Commitment, caller: Caller): boolean {
  if (caller.roles.includes('SecurityChief')) return true;
  return caller.roles.includes('CouncilMember') && commitment.actorId !== null && commitment.actorId === caller.actorId;
}
