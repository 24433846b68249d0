import { describe, expect, it } from 'vitest';
import { categoryChoiceOf, observationSchema } from '../department-report.js';
import { defaultEntryCategories } from './entry.js';
import { observationCategory } from './entry-query.js';

describe('an observation’s category', () => {
  it('is the chosen id, or Övrigt with the head’s own word kept beside it', () => {
    expect(observationCategory({ category: 'klotter' }, defaultEntryCategories)).toEqual({
      category: 'klotter',
      categoryText: '',
    });
    expect(
      observationCategory({ category: 'annat', categoryOther: 'Snöskoter på isen' }, defaultEntryCategories),
    ).toEqual({ category: 'ovrigt', categoryText: 'Snöskoter på isen' });
    // A usual synonym finds its category, and the word stays for the säkerhetschef to see.
    expect(observationCategory({ category: 'annat', categoryOther: 'Tags' }, defaultEntryCategories)).toEqual({
      category: 'klotter',
      categoryText: 'Tags',
    });
    // Reports from before the list held free text: a category's name is that category.
    expect(observationCategory({ category: 'Otrygg plats' }, defaultEntryCategories)).toEqual({
      category: 'otrygg-plats',
      categoryText: '',
    });
    expect(observationCategory({ category: 'Mopedbus' }, defaultEntryCategories)).toEqual({
      category: 'ovrigt',
      categoryText: 'Mopedbus',
    });
  });

  it('shows in a form as the listed id, or as "Annat" with the word, an old report’s word included', () => {
    const ids = defaultEntryCategories.map((c) => c.id);
    expect(categoryChoiceOf({ category: 'klotter' }, ids)).toEqual({ category: 'klotter', categoryOther: '' });
    expect(categoryChoiceOf({ category: 'annat', categoryOther: 'Snöskoter' }, ids)).toEqual({
      category: 'annat',
      categoryOther: 'Snöskoter',
    });
    expect(categoryChoiceOf({ category: 'Mopedbus' }, ids)).toEqual({ category: 'annat', categoryOther: 'Mopedbus' });
    expect(categoryChoiceOf({ category: '' }, ids)).toEqual({ category: '', categoryOther: '' });
  });

  it('"Annat" needs the word, in Swedish and English', () => {
    const result = observationSchema.safeParse({ area: 'Sjön', category: 'annat', categoryOther: ' ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['categoryOther'] });
    expect(result.error?.issues[0]?.message).toMatch(/beskriv kategorin/);
  });
});
