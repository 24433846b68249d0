import { z } from 'zod';
import { textLimits } from '../text-limits.js';
import { bilingual, type Bilingual } from '../../i18n/bilingual.js';
import { atMostRows } from '../../i18n/limits.js';
import { freeText } from '../personal-data.js';

/** The five points the plan requires of every council agenda, in their order. */
export const requiredPoints = [1, 2, 3, 4, 5] as const;
export type RequiredPoint = (typeof requiredPoints)[number];

export const requiredPointTitles: Record<RequiredPoint, Bilingual> = {
  1: { sv: 'Redogörelse för den samlade lägesbilden', en: 'Account of the combined situation picture' },
  2: { sv: 'Uppföljning av åtgärder beslutade föregående år', en: 'Follow-up of actions decided the year before' },
  3: {
    sv: 'Analys samt förslag på aktiviteter som kommun och övriga aktörer åtar sig att genomföra under året',
    en: 'Analysis and proposals for activities the municipality and the other actors commit to during the year',
  },
  4: { sv: 'Överenskommelse om åtgärder', en: 'Agreement on actions' },
  5: {
    sv: 'Annan vid tidpunkten relevant information eller kunskapshöjande inslag',
    en: 'Other information relevant at the time, or knowledge-raising items',
  },
};

const itemId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { error: bilingual('ogiltigt punkt-id', 'invalid item id') });

/** A page of the tab (#/…), a document the app serves (/api/…) or an outside https: address, nothing else. */
export function isSafeLinkHref(href: string): boolean {
  if (/^#\/[^\s]*$/.test(href)) return true;
  // Same-origin API paths only: not protocol-relative (//host), no backslashes or dot segments to climb out.
  if (/^\/api\/[^\s\\]*$/.test(href)) return !href.startsWith('//') && !/(^|\/)\.\.?(\/|$|\?|#)/.test(href);
  try {
    const url = new URL(href);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

const linkHref = z
  .string()
  .trim()
  .max(2000)
  .refine(isSafeLinkHref, {
    error: bilingual(
      'en länk måste gå till ett dokument i appen (/api/…), en sida i fliken (#/…) eller en https-adress',
      'a link must lead to a document of the app (/api/…), a page of the tab (#/…) or an https address',
    ),
  });

// The app fetches /api/… links with the reader's credentials; an outside address is only ever opened as a
// plain link, so a link cannot make a reader's token travel elsewhere.
export const agendaLinkSchema = z.object({ title: freeText(200), href: linkHref });
export type AgendaLink = z.infer<typeof agendaLinkSchema>;

export const agendaItemSchema = z.object({
  id: itemId,
  /** 1–5 for the required points; null for an item the säkerhetschef added. */
  point: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]).nullable(),
  title: freeText(200).pipe(z.string().min(1, { error: bilingual('ange punktens rubrik', 'give the item a title') })),
  text: freeText(textLimits.document).default(''),
  /** Documents and pages the point refers to; generated, kept as they are when the text is edited. */
  links: z.array(agendaLinkSchema).max(50).default([]),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** How many items an agenda holds: the tab's add button stops there. */
export const agendaItemsMax = 40;

/** An edited agenda: any number of items, but each required point exactly once and in its order. */
export const agendaSchema = z
  .array(agendaItemSchema)
  .max(agendaItemsMax, { error: atMostRows(agendaItemsMax, { sv: 'punkter', en: 'items' }) })
  .superRefine((items, context) => {
    const points = items.flatMap((item) => (item.point === null ? [] : [item.point]));
    const missing = requiredPoints.filter((point) => !points.includes(point));
    if (missing.length > 0) {
      context.addIssue({
        code: 'custom',
        message: bilingual(
          `dagordningen måste ha planens fem punkter; punkt ${missing.join(', ')} saknas`,
          `the agenda must hold the plan’s five points; point ${missing.join(', ')} is missing`,
        ),
      });
    } else if (
      points.length !== requiredPoints.length ||
      points.some((point, index) => point !== requiredPoints[index])
    ) {
      context.addIssue({
        code: 'custom',
        message: bilingual(
          'de fem punkterna ska finnas en gång var och i ordning 1–5',
          'the five points must each appear once, in the order 1–5',
        ),
      });
    }
    const ids = items.map((item) => item.id);
    if (new Set(ids).size !== ids.length)
      context.addIssue({
        code: 'custom',
        message: bilingual('två punkter har samma id', 'two items have the same id'),
      });
  });
