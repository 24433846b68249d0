import type { ActionJson } from '../../../../api/contract/action-plans.js';
import type { OfferJson } from '../../../../api/contract/council.js';
import { useChange } from '../use-change.js';
import { useResource } from '../use-resource.js';
import { actionPlanKeys } from './action-plans.js';

export const councilOfferKeys = { year: (year: number) => ['council-offers', year] as const };

/** What the municipality committed to at the council of December N−1, offered as actions for the plan of N. */
export const useCouncilOffers = (year: number) =>
  useResource<{ offers: OfferJson[] }>(councilOfferKeys.year(year), `/api/action-plans/${year}/council-offers`);

/** Takes one commitment into the plan as an action; answers the action. */
export const useTakeCouncilOffer = (year: number) =>
  useChange<ActionJson>([councilOfferKeys.year(year), actionPlanKeys.year(year)]);
