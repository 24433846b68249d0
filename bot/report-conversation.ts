import { randomUUID } from 'node:crypto';
import type { Caller } from '../api/auth/caller.js';
import { milestoneStatusTitles, todayIn } from '../api/domain/cycle/index.js';
import { departmentReportContentSchema } from '../api/domain/department-report.js';
import { categoriesInUse } from '../api/domain/situation/entry.js';
import type { AppContext } from '../api/app-context.js';
import { ConflictError } from '../api/store/errors.js';
import { MissingActions, ReportEtagRequired, ReportLocked, type ReportForm } from '../api/services/report-service.js';
import {
  cardErrors,
  reportCardFor,
  reportFromCardInputs,
  reportReceiptCard,
  reportTabUrl,
  type ReportCardForm,
} from './cards/report-cards.js';
import { issueText } from '../api/i18n/zod-issue-text.js';

export type BotAnswer = { card: Record<string, unknown> } | { text: string };

/** Says something to a person in their personal chat with the bot; 'unreachable' when there is none. */
export type Notify = (userId: string, text: string) => Promise<'sent' | 'unreachable'>;

const notHead = {
  text:
    'Rapporten lämnas av förvaltningschefen, och du står inte som chef för någon förvaltning. Säkerhetschefen kan ändra det under Inställningar.\n\n' +
    'The report is handed in by the head of department, and you are not head of any department. The security chief can change that in Settings.',
};

const outdatedNote =
  'Kortet du svarade på är inaktuellt, så inget sparades. Här är ditt kort som det ser ut nu. / ' +
  'The card you answered is out of date, so nothing was saved. Here is your card as it is now.';

function toCardForm(form: ReportForm, categories: ReportCardForm['categories']): ReportCardForm {
  return {
    year: form.year,
    due: form.due,
    department: form.department,
    actions: form.actions,
    content: form.report?.content ?? null,
    categories,
  };
}

/** The November report in the chat: the card, its submission, the receipt, and what is due for me. */
export class ReportConversation {
  constructor(
    private readonly ctx: AppContext,
    private readonly notify: Notify,
  ) {}

  private async currentForm(caller: Caller): Promise<ReportForm | undefined> {
    if (!caller.departmentId) return undefined;
    return this.ctx.reports.form(await this.ctx.cycles.currentYear(), caller.departmentId);
  }

  private async categories(): Promise<ReportCardForm['categories']> {
    return categoriesInUse((await this.ctx.settings.entryCategories()).categories);
  }

  private tabUrl(): string {
    return reportTabUrl(this.ctx.config.publicUrl);
  }

  /**
   * `rapportera`: the form card, or the receipt when the report is in and can no longer change. `note` says on
   * top why this card came instead of what the person asked for.
   */
  async reportCard(caller: Caller, note?: string): Promise<BotAnswer> {
    const form = await this.currentForm(caller);
    if (!form) return notHead;
    if (form.report?.status === 'submitted' && !form.canChange) return { card: this.receipt(form, caller) };
    return {
      card: reportCardFor(toCardForm(form, await this.categories()), {
        tabUrl: this.tabUrl(),
        submissionId: randomUUID(),
        reportEtag: form.report?.etag ?? '',
        ...(note ? { errorSummary: note } : {}),
      }),
    };
  }

  /** A card from before (another year, a department the person no longer heads, a verb since renamed). */
  async outdatedCard(caller: Caller): Promise<BotAnswer> {
    return this.reportCard(caller, outdatedNote);
  }

  /** Action.Execute from the card: validated with the API's own schema; errors beside their inputs, or a receipt. */
  async submit(caller: Caller, data: Record<string, unknown>): Promise<BotAnswer> {
    const form = await this.currentForm(caller);
    if (!form) return notHead;
    // Nothing of another year's or department's card is stored: the person gets the card that is theirs now.
    if (String(data.departmentId) !== form.department.id || String(data.year) !== String(form.year))
      return this.outdatedCard(caller);
    const { content, indexes } = reportFromCardInputs(data, form.actions);
    const submissionId =
      typeof data.submissionId === 'string' && data.submissionId.length >= 8 ? data.submissionId : randomUUID();
    // The version of the report the card was filled on; empty when there was none yet.
    const reportEtag = typeof data.reportEtag === 'string' ? data.reportEtag : '';
    const categories = await this.categories();
    const retry = (problems: { field: string; message: string }[], summary: string) => {
      const shown = { ...toCardForm(form, categories), content: content as ReportCardForm['content'] };
      return {
        card: reportCardFor(shown, {
          tabUrl: this.tabUrl(),
          submissionId,
          reportEtag,
          errors: cardErrors(problems, indexes),
          errorSummary: summary,
        }),
      };
    };
    const parsed = departmentReportContentSchema.safeParse(content, { reportInput: true });
    if (!parsed.success) {
      return retry(
        parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: bothLanguages(issueText(issue)) })),
        'Rätta det som är markerat och lämna in igen. / Fix what is marked and submit again.',
      );
    }
    try {
      const { written } = await this.ctx.reports.save(
        form.year,
        form.department.id,
        parsed.data,
        { submit: true, submissionId, etag: reportEtag || undefined },
        caller.id,
      );
      const after = await this.ctx.reports.form(form.year, form.department.id);
      if (written) await this.tellSecurityChiefs(form, caller);
      return { card: this.receipt(after, caller) };
    } catch (error) {
      if (error instanceof MissingActions) {
        return retry(
          error.problems.map((p) => ({ field: p.field, message: bothLanguages(p) })),
          'Ange status för varje åtgärd. / Give the status of every action.',
        );
      }
      if (error instanceof ReportLocked) return { card: this.receipt(form, caller) };
      if (error instanceof ReportEtagRequired || error instanceof ConflictError) {
        // Someone saved the report (in the tab, or another card) after this card was made: show theirs.
        const latest = {
          ...toCardForm(form, await this.categories()),
          content: form.report?.content as ReportCardForm['content'],
        };
        return {
          card: reportCardFor(latest, {
            tabUrl: this.tabUrl(),
            submissionId: randomUUID(),
            reportEtag: form.report?.etag ?? '',
            errorSummary:
              'Rapporten har sparats av någon annan sedan kortet visades; här är den senaste versionen. Lämna in igen. / The report was saved by someone else since this card was shown; here is the latest version. Submit again.',
          }),
        };
      }
      throw error;
    }
  }

  /** "Ändra svaret" on the receipt: the form again, filled in, while the deadline allows. */
  async edit(caller: Caller): Promise<BotAnswer> {
    return this.reportCard(caller);
  }

  /** `status`: what is due for me and when. */
  async status(caller: Caller): Promise<BotAnswer> {
    const view = await this.ctx.cycles.view(await this.ctx.cycles.currentYear());
    const today = todayIn(this.ctx.clock);
    const lines: string[] = [];
    if (caller.departmentId) {
      const form = await this.ctx.reports.form(view.year, caller.departmentId);
      const state =
        form.report?.status === 'submitted'
          ? 'inlämnad / submitted'
          : form.report?.status === 'draft'
            ? 'utkast / draft'
            : today > form.due
              ? 'försenad / late'
              : 'inte påbörjad / not started';
      lines.push(
        `Förvaltningens rapport ${view.year} (${form.department.name}): senast ${form.due}, ${state}. Skriv "rapportera" för kortet.`,
      );
      lines.push(`Your department's report: by ${form.due}, ${state}. Write "report" for the card.`);
    }
    if (caller.roles.includes('SecurityChief')) {
      const open = view.milestones.filter((m) => m.status === 'overdue' || m.status === 'dueSoon');
      for (const m of open)
        lines.push(
          `${m.milestone.due} ${m.milestone.title.sv} – ${milestoneStatusTitles[m.status].sv} / ${milestoneStatusTitles[m.status].en}`,
        );
      if (open.length === 0)
        lines.push('Inget är försenat eller på tur de närmaste dagarna. / Nothing is overdue or due soon.');
    }
    if (lines.length === 0)
      lines.push('Inget är på tur för dig i årshjulet. / Nothing in the year wheel is due for you.');
    return { text: lines.join('\n\n') };
  }

  private receipt(form: ReportForm, caller: Caller): Record<string, unknown> {
    const report = form.report!;
    return reportReceiptCard({
      year: form.year,
      department: form.department,
      submittedAt: report.submittedAt ?? '',
      submittedBy: report.submittedBy === caller.id ? caller.displayName : (report.submittedBy ?? ''),
      content: report.content!,
      canChange: form.canChange,
      due: form.due,
      tabUrl: this.tabUrl(),
    });
  }

  private async tellSecurityChiefs(form: ReportForm, caller: Caller): Promise<void> {
    const chiefs = (await this.ctx.organisation.listPeople()).filter((p) => p.roles.includes('SecurityChief'));
    const text = `${form.department.name} har lämnat sin rapport för ${form.year} (${caller.displayName}). / ${form.department.name} has handed in its report for ${form.year}.`;
    for (const chief of chiefs) {
      try {
        await this.notify(chief.objectId, text);
      } catch (error) {
        this.ctx.logger.warn({ err: error }, 'could not tell the security chief about a report');
      }
    }
  }
}

/** A card says each problem as it says everything else: Swedish first, then its English twin. */
function bothLanguages(text: { sv: string; en: string }): string {
  return text.en && text.en !== text.sv ? `${text.sv} / ${text.en}` : text.sv;
}
