import type { ActorJson, DepartmentJson } from '../../../../api/contract/organisation.js';
import { useResource } from '../use-resource.js';

export const organisationKeys = { departments: ['departments'] as const, actors: ['actors'] as const };

/** The municipality's departments with their heads (Inställningar › Förvaltningar). */
export const useDepartments = () =>
  useResource<{ departments: DepartmentJson[] }>(organisationKeys.departments, '/api/departments');

/** The actors the municipality works with, with the people who speak for them (Inställningar › Aktörer). */
export const useActors = () => useResource<{ actors: ActorJson[] }>(organisationKeys.actors, '/api/actors');
