import { isMunicipalityCommitment } from '../domain/council/minutes.js';
import type { CouncilRepository } from '../repositories/council-repository.js';
import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import type { ActionPlanService, ActionView } from './action-plan-service.js';
import { partyName } from './council-agenda-service.js';
import { NotFound } from '../domain/errors/domain-error.js';

/** A commitment the municipality made at last year's council, offered as a part-4 action of this year's plan. */
export interface CouncilOffer {
  councilYear: number;
  commitmentId: string;
  who: string;
  what: string;
  byWhen: string | null;
  departmentId: string | null;
  /** The plan's action made from it, once taken. */
  actionId: string | null;
}

export class CommitmentNotFound extends NotFound {
  constructor(planYear: number, commitmentId: string) {
    super({
      sv: `Kommunens åtagande ${commitmentId} från rådet ${planYear - 1}`,
      en: `The municipality’s commitment ${commitmentId} from the ${planYear - 1} council`,
    });
  }
}

/** Part 4 of the plan of year N holds what the municipality committed to at the council of December N−1. */
export class CouncilOfferService {
  constructor(
    private readonly councils: CouncilRepository,
    private readonly plans: ActionPlanService,
    private readonly organisation: OrganisationRepository,
  ) {}

  async offers(planYear: number): Promise<CouncilOffer[]> {
    const councilYear = planYear - 1;
    const [council, plan, actors, departments] = await Promise.all([
      this.councils.council(councilYear),
      this.plans.view(planYear),
      this.organisation.listActors(),
      this.organisation.listDepartments(),
    ]);
    return (council?.minutes?.commitments ?? []).filter(isMunicipalityCommitment).map((commitment) => ({
      councilYear,
      commitmentId: commitment.id,
      who: partyName(commitment, actors, departments),
      what: commitment.what,
      byWhen: commitment.byWhen,
      departmentId: commitment.departmentId,
      actionId:
        plan.actions.find(
          (action) => action.origin?.year === councilYear && action.origin.commitmentId === commitment.id,
        )?.id ?? null,
    }));
  }

  /** Taking an offer twice gives the same action. */
  async take(planYear: number, commitmentId: string, actor: string): Promise<ActionView> {
    const offer = (await this.offers(planYear)).find((o) => o.commitmentId === commitmentId);
    if (!offer) throw new CommitmentNotFound(planYear, commitmentId);
    return this.plans.offerCouncilCommitment(
      planYear,
      {
        councilYear: offer.councilYear,
        commitmentId,
        title: offer.what.length > 200 ? `${offer.what.slice(0, 197)}…` : offer.what,
        description: `Kommunens åtagande vid strategiska rådet ${offer.councilYear}${offer.byWhen ? `, senast ${offer.byWhen}` : ''}: ${offer.what}`,
        departmentId: offer.departmentId,
      },
      actor,
    );
  }
}
