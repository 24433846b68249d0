import type { categoriesResponse } from '../../../../api/contract/situation-entries.js';
import type { z } from 'zod';
import { useChange } from '../use-change.js';
import { useResource } from '../use-resource.js';

export type CategoriesJson = z.infer<typeof categoriesResponse>;

export const categoryKeys = { all: ['situation', 'categories'] as const };

/** The lägesbild's categories with the list's ETag (Inställningar › Kategorier). */
export const useCategories = () => useResource<CategoriesJson>(categoryKeys.all, '/api/situation/categories');

/** Saves the whole list of categories with the ETag it was read with. */
export const useSaveCategories = () => useChange<CategoriesJson>([categoryKeys.all]);
