import type { CategoriesJson } from '../../../../api/contract/situation-entries.js';
import { useChange } from '../use-change.js';
import { useResource } from '../use-resource.js';

export type { CategoriesJson };

export const categoryKeys = { all: ['situation', 'categories'] as const };

/** The lägesbild's categories with the list's ETag (Inställningar › Kategorier). */
export const useCategories = () => useResource<CategoriesJson>(categoryKeys.all, '/api/situation/categories');

/** Saves the whole list of categories with the ETag it was read with. */
export const useSaveCategories = () => useChange<CategoriesJson>([categoryKeys.all]);
