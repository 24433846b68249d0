import { createContext, useContext } from 'react';
import { en } from './en.js';
import { sv, type Texts } from './sv.js';

export type Language = 'sv' | 'en';

export const textsOf: Record<Language, Texts> = { sv, en };

const storageKey = 'trygghetshjulet.language';

/** Teams' locale decides inside Teams; in a browser the person's own choice, Swedish by default. */
export function initialLanguage(teamsLocale: string | undefined): Language {
  if (teamsLocale) return teamsLocale.toLowerCase().startsWith('sv') ? 'sv' : 'en';
  return localStorage.getItem(storageKey) === 'en' ? 'en' : 'sv';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
}

export const LanguageContext = createContext<{ language: Language; texts: Texts }>({ language: 'sv', texts: sv });

export function useTexts(): Texts {
  return useContext(LanguageContext).texts;
}

export function useLanguage(): Language {
  return useContext(LanguageContext).language;
}

/** Picks the Swedish or English member of a bilingual pair ({ sv, en } or { message, messageEn }). */
export function pick(language: Language, text: { sv: string; en: string }): string {
  return language === 'sv' ? text.sv : text.en;
}
