/**
 * A calendar date written out the way the tab writes it: "2026-12-10" → "10 december 2026" / "10 December 2026".
 * Calendar dates carry no time zone, so they are formatted as UTC midnight.
 */
export function writtenDate(isoDate: string, language: 'sv' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}
