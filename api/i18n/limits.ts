import { bilingual } from './bilingual.js';

const svNumber = new Intl.NumberFormat('sv-SE');
const enNumber = new Intl.NumberFormat('en-GB');

/** A text field's limit as every refusal says it: "högst 4 000 tecken", the thousands apart as Swedish writes them. */
export function atMostCharacters(max: number): string {
  return bilingual(`högst ${svNumber.format(max)} tecken`, `at most ${enNumber.format(max)} characters`);
}

/** A list's limit, said with what it holds: "högst 20 iakttagelser". */
export function atMostRows(max: number, what: { sv: string; en: string }): string {
  return bilingual(`högst ${svNumber.format(max)} ${what.sv}`, `at most ${enNumber.format(max)} ${what.en}`);
}
