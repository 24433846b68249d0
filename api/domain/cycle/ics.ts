import icalGenerator, { ICalCalendarMethod } from 'ical-generator';
import { addDays } from './calendar.js';
import type { Milestone } from './build-cycle.js';

export interface IcsOptions {
  municipality: { name: string; slug: string };
  year: number;
  /** Where the tab is, linked from every event. */
  productUrl: string;
  /** Stamped on every event, from the injected clock. */
  generatedAt: Date;
  /** How many times the template was saved; its texts are every event's text. */
  templateRevision?: number;
}

// ical-generator escapes commas, semicolons and newlines in descriptions, but not everywhere (the calendar's
// name, the summary and the UID go out as given), so a line break in a municipality's name could add a
// property such as ATTENDEE to every reader's calendar. Every text is made safe here before it goes in.
const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
const lines = (text: string) => text.replace(/\r\n?|[\u2028\u2029]/g, '\n');
const uidPart = (text: string) => text.toLowerCase().replace(/[^a-z0-9-]/g, '-');

/**
 * One all-day event per milestone. UIDs come from the milestone id and the municipality, so importing the
 * year again updates the events instead of adding copies.
 */
export function cycleToIcs(milestones: Milestone[], options: IcsOptions): string {
  const calendar = icalGenerator({
    name: oneLine(`Trygghetshjulet ${options.year} – ${options.municipality.name}`),
    prodId: { company: 'Trygghetshjulet', product: 'arshjul', language: 'SV' },
    method: ICalCalendarMethod.PUBLISH,
  });
  // All-day events carry no time zone; this only tells calendar programs which zone the year is planned in.
  calendar.x([{ key: 'X-WR-TIMEZONE', value: 'Europe/Stockholm' }]);
  for (const milestone of milestones) {
    calendar.createEvent({
      id: `${uidPart(milestone.id)}@${uidPart(options.municipality.slug)}.trygghetshjulet`,
      allDay: true,
      start: milestone.due,
      end: addDays(milestone.due, 1),
      stamp: options.generatedAt,
      summary: oneLine(milestone.title.sv),
      // Swedish only: the English twin is in the tab, a calendar entry reads as one language.
      description: lines([milestone.description.sv, `Ansvarig: ${milestone.responsible.sv}`].join('\n')),
      // Calendar programs take a changed event only with a higher SEQUENCE (RFC 5545 3.8.7.4): it rises with
      // every change of the date (a move back included) and every save of the template its texts come from.
      sequence: milestone.revision + (options.templateRevision ?? 0),
      url: encodeURI(oneLine(`${options.productUrl}/#/arshjul`)),
    });
  }
  return calendar.toString();
}
