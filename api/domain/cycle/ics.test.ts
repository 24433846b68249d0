import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { askersundTemplate } from './askersund-template.js';
import { buildCycle } from './build-cycle.js';
import { cycleToIcs } from './ics.js';

const options = {
  municipality: askersundTemplate.municipality,
  year: 2026,
  productUrl: 'https://trygghet.askersund.example',
  generatedAt: new Date('2026-11-24T08:00:00Z'),
};

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('the year as iCalendar', () => {
  it('has one all-day event per milestone on its due date, parsed back by a real parser', () => {
    const cycle = buildCycle(askersundTemplate, 2026);
    const ics = cycleToIcs(cycle, options);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
    expect(ics).toContain('METHOD:PUBLISH');
    const parsed = events(ics);
    expect(parsed).toHaveLength(cycle.length);
    for (const milestone of cycle) {
      const event = parsed.find((e) => e.uid === `${milestone.id}@askersund.trygghetshjulet`);
      expect(event, milestone.id).toBeDefined();
      expect(event!.startDate.isDate).toBe(true);
      expect(event!.startDate.toString()).toBe(milestone.due);
      expect(event!.summary).toBe(milestone.title.sv);
      expect(event!.description).toContain(milestone.responsible.sv);
    }
  });

  it('keeps UIDs stable when a date moves, so a re-import updates the event', () => {
    const before = events(cycleToIcs(buildCycle(askersundTemplate, 2026), options));
    const moved = buildCycle(askersundTemplate, 2026, {
      '2026-strategic-council': { due: '2026-12-15', movedBy: 'k', movedAt: '2026-11-25T08:00:00.000Z', revision: 1 },
    });
    const after = events(cycleToIcs(moved, { ...options, generatedAt: new Date('2026-11-25T08:00:00Z') }));
    expect(after.map((e) => e.uid).sort()).toEqual(before.map((e) => e.uid).sort());
    const council = (list: typeof after) => list.find((e) => e.uid.startsWith('2026-strategic-council'))!;
    expect(council(after).startDate.toString()).toBe('2026-12-15');
    // A moved event carries a higher SEQUENCE, and a move back a higher one still, so calendars take the change.
    expect(council(before).sequence).toBe(0);
    expect(council(after).sequence).toBe(1);
    const back = events(
      cycleToIcs(
        buildCycle(askersundTemplate, 2026, {
          '2026-strategic-council': { due: null, movedBy: 'k', movedAt: '2026-11-26T08:00:00.000Z', revision: 2 },
        }),
        options,
      ),
    );
    expect(council(back).sequence).toBe(2);
    expect(council(back).startDate.toString()).toBe(council(before).startDate.toString());
    expect(council(after).description).not.toMatch(/Strategic council|Responsible/);
  });

  it('escapes every text it holds: a line break, comma, semicolon or backslash adds no property', () => {
    const evil = 'Askersund\r\nATTENDEE:mailto:evil@example.com\nX-EVIL:1, med; komma \\ slut';
    const cycle = buildCycle(askersundTemplate, 2026).map((m) => ({
      ...m,
      id: `${m.id}\r\nATTENDEE:x`,
      title: { sv: evil, en: evil },
      description: { sv: evil, en: evil },
      responsible: { sv: evil, en: evil },
    }));
    const ics = cycleToIcs(cycle, {
      ...options,
      municipality: { name: evil, slug: 'a\r\nATTENDEE:y' },
      productUrl: 'https://x.example\r\nATTENDEE:z',
    });
    const properties = ics.split('\r\n').map((line) => line.split(/[:;]/)[0]);
    expect(properties).not.toContain('ATTENDEE');
    expect(properties).not.toContain('X-EVIL');
    const parsed = events(ics);
    expect(parsed).toHaveLength(cycle.length);
    expect(parsed[0]!.summary).toBe('Askersund ATTENDEE:mailto:evil@example.com X-EVIL:1, med; komma \\ slut');
    expect(parsed[0]!.description).toContain('X-EVIL:1, med; komma');
  });
});
