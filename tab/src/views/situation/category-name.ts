import type { EntryCategory } from '../../../../api/domain/situation/entry.js';
import type { Language } from '../../i18n/language.js';

/** A category's name in the interface language; an id the settings no longer hold is shown as it is. */
export function categoryNamer(categories: readonly EntryCategory[], language: Language): (id: string) => string {
  return (id) => {
    const category = categories.find((c) => c.id === id);
    return category ? (language === 'sv' || !category.en ? category.sv : category.en) : id;
  };
}
