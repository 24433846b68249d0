import { bilingual } from './bilingual.js';

const svNumber = new Intl.NumberFormat('sv-SE');
const enNumber = new Intl.NumberFormat('en-GB');

/** A text field's limit as every refusal says it: "högst 4 000 tecken", the thousands apart as Swedish writes them. */
export function atMostCharacters(max: number): string {
  return bilingual(`högst ${svNumber.format(max)} tecken`, `at most ${enNumber.format(max)} characters`);
}
