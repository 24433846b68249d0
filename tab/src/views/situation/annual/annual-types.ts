import type { AnnualMaterial } from '../../../../../api/domain/situation/annual.js';
import type { AnnualSectionId } from '../../../../../api/domain/situation/annual-sections.js';

export interface AnnualSectionJson {
  id: AnnualSectionId;
  title: { sv: string; en: string };
  text: string;
  etag: string;
}

export interface AnnualJson {
  year: number;
  sections: AnnualSectionJson[];
  material: AnnualMaterial;
  document: { version: string; modifiedAt: string; path: string } | null;
}
