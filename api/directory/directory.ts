import type { z } from 'zod';

import { directoryPersonSchema } from '../contract/people.js';

export { directoryPersonSchema };
export type DirectoryPerson = z.infer<typeof directoryPersonSchema>;

/**
 * Where the people the year needs come from: Entra ID through Graph in a tenant, the demo people locally.
 * The domain and the services see only this.
 */
export interface Directory {
  readonly source: 'entra' | 'demo';
  /** People whose name, mail or sign-in name begins with the text (at most `top`). */
  search(text: string, top?: number): Promise<DirectoryPerson[]>;
  find(objectId: string): Promise<DirectoryPerson | undefined>;
}
