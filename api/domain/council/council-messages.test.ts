import { describe, expect, it } from 'vitest';
import { meetingText, reminderText, requestText, type CouncilFacts } from './council-messages.js';

const facts: CouncilFacts = {
  year: 2026,
  municipality: 'Askersunds kommun',
  date: '2026-12-10',
  place: 'Kommunhuset',
  requestDue: '2026-11-19',
  link: 'https://trygghet.askersund.se/#/strategiskt-rad/planering/2026',
  signature: 'Karin Ek, säkerhetschef',
};

describe('the council’s messages', () => {
  it('invite to a meeting with the date written out, the place and the link', () => {
    const { subject, body } = meetingText(facts);
    expect(subject).toBe('Strategiskt råd 2026 – Askersunds kommun');
    expect(body).toContain('i Askersunds kommun 10 december 2026, Kommunhuset.');
    expect(body).toContain(facts.link);
    expect(meetingText({ ...facts, place: '' }).body).toContain('10 december 2026.');
  });

  it('ask each representative for the written lägesbild by its due date, and for last year’s open commitments', () => {
    const plain = requestText(facts, 'Jonas Wik', 'Polisen');
    expect(plain.subject).toBe('Skriftlig lägesbild till strategiska rådet 10 december 2026');
    expect(plain.body).toMatch(/^Hej Jonas Wik!/);
    expect(plain.body).toContain('Lämna den senast 19 november 2026 i Trygghetshjulet: https://');
    expect(plain.body).not.toContain('åtog er');
    const open = requestText(facts, 'Jonas Wik', 'Polisen', ['Synlig närvaro vid resecentrum']);
    expect(open.body).toContain('hur det gick med det ni åtog er vid rådet 2025:\n– Synlig närvaro vid resecentrum');
    expect(requestText({ ...facts, requestDue: null }, 'Jonas Wik', 'Polisen').body).toContain(
      'Lämna den senast i god tid före rådet',
    );
  });

  it('remind about the lägesbild, or only about the commitments once it is in', () => {
    expect(reminderText(facts, 'Ulla Ström', 'Näringslivsrådet', false).subject).toBe(
      'Påminnelse: skriftlig lägesbild senast 19 november 2026',
    );
    const commitments = reminderText(facts, 'Jonas Wik', 'Polisen', true, ['Synlig närvaro vid resecentrum']);
    expect(commitments.subject).toBe('Påminnelse: era åtaganden inför rådet 10 december 2026');
    expect(commitments.body).toContain('Tack för lägesbilden från Polisen.');
    expect(commitments.body).toContain('– Synlig närvaro vid resecentrum');
  });
});
