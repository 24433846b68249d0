import type { Bilingual } from '../i18n/bilingual.js';
import type { IsoDate } from './cycle/calendar.js';
import { DomainError } from './errors/domain-error.js';
import { completableFrom } from './cycle/completable.js';
import type { MilestoneKind } from './cycle/milestone-kinds.js';

/**
 * Something recorded before it can have happened: a meeting's minutes before its day, a decision dated in the
 * future, a milestone marked done on a day still to come. The year keeps its order; the message says when.
 */
export class TooEarly extends DomainError {
  constructor(
    readonly field: string,
    text: Bilingual,
  ) {
    super('too_early', text, { issues: [{ field, message: text.sv, messageEn: text.en }] });
  }
}

/** A date something was done on may be today or earlier, never later. */
export function checkNotInFuture(field: string, date: IsoDate, today: IsoDate, what: Bilingual): void {
  if (date > today) {
    throw new TooEarly(field, {
      sv: `${what.sv} kan inte registreras med datumet ${date}, som inte har kommit än (i dag är det ${today}).`,
      en: `${what.en} cannot be recorded as of ${date}, which has not come yet (today is ${today}).`,
    });
  }
}

/** A milestone marked done before what it records can have happened (completableFrom) is refused, saying from when. */
export function checkCompletable(
  milestone: { kind: MilestoneKind; sequence?: number | undefined; due: IsoDate; title: Bilingual },
  year: number,
  doneAt: IsoDate,
): void {
  const from = completableFrom(milestone, year);
  if (!from || doneAt >= from.date) return;
  throw new TooEarly('done.doneAt', {
    sv: `${milestone.title.sv} kan markeras som klar från och med ${from.date}, ${from.why.sv}.`,
    en: `${milestone.title.en} can be marked done from ${from.date} on, ${from.why.en}.`,
  });
}
