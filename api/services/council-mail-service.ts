import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Clock } from '../domain/clock.js';
import { meetingText, reminderText, requestText, type CouncilFacts } from '../domain/council/council-messages.js';
import { addDays, currentCycleYear, todayIn } from '../domain/cycle/index.js';
import type { Person } from '../domain/organisation.js';
import type { MeetingInvitation, Messenger, Recipient } from '../messaging/messenger.js';
import type { CouncilRepository } from '../repositories/council-repository.js';
import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import type { OutboxRepository } from '../repositories/outbox-repository.js';
import type { SettingsRepository } from '../repositories/settings-repository.js';
import type { CouncilService, CouncilView } from './council-service.js';

/** The reminder goes this many days before the written lägesbild is due, to those who have not handed it in. */
export const requestReminderDays = 3;
const system = 'system:council-mail';

export interface CouncilMailDependencies {
  clock: Clock;
  logger: Logger;
  councils: CouncilService;
  councilRecords: CouncilRepository;
  organisation: OrganisationRepository;
  settings: SettingsRepository;
  outbox: OutboxRepository;
  messenger: Messenger;
  publicUrl: string;
}

interface PlannedCouncil {
  year: number;
  view: CouncilView;
  facts: CouncilFacts;
  invited: { actorId: string; actor: string; people: Person[] }[];
  municipal: Person[];
  /** Per actor, last year's commitments without a result. */
  open: Map<string, string[]>;
}

const recipientOf = (person: Person): Recipient[] =>
  person.email ? [{ name: person.displayName, address: person.email }] : [];

/**
 * The council reaches people the way they expect: one Outlook meeting for everyone invited (created once, then
 * updated when the plan changes), a request for the written lägesbild to each person who speaks for an
 * invited actor, and a reminder before it is due to those whose actor has not handed it in. Everything is
 * recorded in the outbox; locally nothing else happens. Each message has a key, so none goes out twice.
 */
export class CouncilMailService {
  constructor(private readonly deps: CouncilMailDependencies) {}

  /** Whether messages leave through Graph, or stay in the outbox. */
  get via(): 'graph' | 'outbox' {
    return this.deps.messenger.via;
  }

  /** After the council is planned or its plan changed; a failure is logged and retried on the next tick. */
  async afterSetup(year: number): Promise<void> {
    try {
      const planned = await this.load(year);
      if (planned) await this.sync(planned);
    } catch (error) {
      this.deps.logger.warn({ err: error, year }, 'council invitations not sent; the next reminder tick tries again');
    }
  }

  /** Each tick: the current and next year's councils in step, and the reminders that are due. */
  async runOnce(): Promise<void> {
    const { template } = await this.deps.settings.cycleTemplate();
    const current = currentCycleYear(todayIn(this.deps.clock), template);
    for (const year of [current, current + 1]) {
      const planned = await this.load(year);
      if (!planned) continue;
      await this.sync(planned);
      await this.remind(planned);
    }
  }

  /** What a planned council's messages are made of, read once per run; undefined until the council is planned. */
  private async load(year: number): Promise<PlannedCouncil | undefined> {
    const view = await this.deps.councils.view(year);
    if (!view.planned || !view.date) return undefined;
    const [facts, recipients, open] = await Promise.all([
      this.facts({ ...view, date: view.date }),
      this.recipients(year),
      this.openCommitments(year),
    ]);
    return { year, view, facts, ...recipients, open };
  }

  private async sync({ year, facts, invited, municipal, open }: PlannedCouncil): Promise<void> {
    await this.saveMeeting(year, facts, [
      ...invited.flatMap((x) => x.people.flatMap(recipientOf)),
      ...municipal.flatMap(recipientOf),
    ]);
    for (const { actorId, actor, people } of invited) {
      for (const person of people)
        await this.mailOnce(
          `request:${year}:${actorId}:${person.objectId}`,
          recipientOf(person),
          requestText(facts, person.displayName, actor, open.get(actorId)),
        );
    }
  }

  private async remind({ year, view, facts, invited, open }: PlannedCouncil): Promise<void> {
    if (!facts.requestDue) return;
    const today = todayIn(this.deps.clock);
    if (today < addDays(facts.requestDue, -requestReminderDays) || today > facts.requestDue) return;
    for (const { actorId, actor, people } of invited) {
      const handedIn = Boolean(view.materials.find((m) => m.actorId === actorId)?.receivedOn);
      const unreported = open.get(actorId) ?? [];
      if (handedIn && unreported.length === 0) continue;
      for (const person of people)
        await this.mailOnce(
          `reminder:${year}:${actorId}:${person.objectId}`,
          recipientOf(person),
          reminderText(facts, person.displayName, actor, handedIn, unreported),
        );
    }
  }

  /** Per actor, what it committed to at last year's council without a result reported yet. */
  private async openCommitments(year: number): Promise<Map<string, string[]>> {
    const [last, results] = await Promise.all([
      this.deps.councilRecords.council(year - 1),
      this.deps.councilRecords.commitmentResultsOf(year - 1),
    ]);
    const open = new Map<string, string[]>();
    for (const c of last?.minutes?.commitments ?? []) {
      if (!c.actorId || results.some((r) => r.commitmentId === c.id)) continue;
      open.set(c.actorId, [...(open.get(c.actorId) ?? []), c.what]);
    }
    return open;
  }

  private async saveMeeting(year: number, facts: CouncilFacts, attendees: Recipient[]): Promise<void> {
    // The meeting's event id lives in the outbox, not on the council, so sending never changes what the säkerhetschef edits.
    const existing = await this.deps.outbox.meetingId(`meeting:${year}:`);
    const text = meetingText(facts);
    const meeting: MeetingInvitation = {
      ...text,
      attendees,
      start: `${facts.date}T09:00:00`,
      end: `${facts.date}T12:00:00`,
      location: facts.place,
    };
    // The same meeting with the same people and text needs nothing; anything changed is an update to it.
    const said = createHash('sha256')
      .update(JSON.stringify({ ...meeting, attendees: attendees.map((a) => a.address).sort() }))
      .digest('base64url');
    if (existing && (await this.deps.outbox.sentWithKey(`meeting:${year}:${said}`))) return;
    const eventId = await this.deps.messenger.saveMeeting(meeting, existing);
    await this.record('meeting', `meeting:${year}:${said}`, attendees, text, eventId);
  }

  private async mailOnce(key: string, to: Recipient[], text: { subject: string; body: string }): Promise<void> {
    if (to.length === 0 || (await this.deps.outbox.sentWithKey(key))) return;
    await this.deps.messenger.sendMail({ to, ...text });
    await this.record('mail', key, to, text, null);
  }

  private async record(
    kind: 'mail' | 'meeting',
    key: string,
    recipients: Recipient[],
    text: { subject: string; body: string },
    meetingId: string | null,
  ): Promise<void> {
    await this.deps.outbox.items.create(
      {
        kind,
        key,
        recipients,
        ...text,
        sentAt: this.deps.clock.now().toISOString(),
        via: this.deps.messenger.via,
        meetingId,
      },
      system,
    );
  }

  private async facts(view: CouncilView & { date: string }): Promise<CouncilFacts> {
    const [{ template }, people] = await Promise.all([
      this.deps.settings.cycleTemplate(),
      this.deps.organisation.listPeople(),
    ]);
    const chief = people.find((p) => p.roles.includes('SecurityChief'));
    return {
      year: view.year,
      municipality: template.municipality.name,
      date: view.date,
      place: view.place,
      requestDue: view.requestDue,
      link: `${this.deps.publicUrl}/#/strategiskt-rad/planering/${view.year}`,
      signature: chief ? `${chief.displayName}, säkerhetschef` : `Säkerhetschefen, ${template.municipality.name}`,
    };
  }

  /** Each invited actor's people, and the municipality's own: council members who speak for no actor, and the säkerhetschef. */
  private async recipients(
    year: number,
  ): Promise<{ invited: { actorId: string; actor: string; people: Person[] }[]; municipal: Person[] }> {
    const [record, actors, people] = await Promise.all([
      this.deps.councilRecords.council(year),
      this.deps.organisation.listActors(),
      this.deps.organisation.listPeople(),
    ]);
    const invitedIds = record?.invitedActorIds ?? [];
    const invited = actors
      .filter((a) => invitedIds.includes(a.id))
      .map((a) => ({ actorId: a.id, actor: a.name, people: people.filter((p) => a.memberIds.includes(p.objectId)) }));
    const speaking = new Set(actors.flatMap((a) => a.memberIds));
    const municipal = people.filter(
      (p) => !speaking.has(p.objectId) && (p.roles.includes('SecurityChief') || p.roles.includes('CouncilMember')),
    );
    return { invited, municipal };
  }
}
