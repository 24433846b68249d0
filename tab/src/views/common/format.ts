import { writtenDate } from '../../../../api/i18n/dates.js';
import type { Language } from '../../i18n/language.js';

/** 2026-11-30 → "30 november 2026" / "30 November 2026": the same written date as the bot's and the mail's. */
export function formatDate(date: string, language: Language): string {
  return writtenDate(date, language);
}

export function formatDateTime(instant: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(instant));
}

/** 12 → "december" / "December": a month's whole name, as the dates above write it. */
export function monthName(month: number, language: Language): string {
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, month - 1, 1)),
  );
}
