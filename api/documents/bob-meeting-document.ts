import { HeadingLevel } from 'docx';
import type { BobMeetingRecord } from '../domain/bob.js';
import {
  heading,
  paragraph,
  paragraphs,
  packDocx,
  registeredHeaders,
  type Registered,
  type DocumentOptions,
} from './docx-parts.js';

/** A BOB meeting's notes; kept in the BOB library, which only the BOB group reads. */
export async function bobMeetingDocument({
  meeting,
  generatedAt,
  diarienummer,
}: { meeting: BobMeetingRecord; generatedAt: Date } & Registered): Promise<Uint8Array> {
  const title = `BOB-styrgruppen ${meeting.date}: ${meeting.title}`;
  const document: DocumentOptions = {
    creator: 'Trygghetshjulet',
    title,
    sections: [
      {
        ...registeredHeaders(diarienummer),
        children: [
          heading(title, HeadingLevel.TITLE),
          paragraph(
            'Strategisk styrgrupp barn och unga i organiserad brottslighet (BOB). Endast för styrgruppens medlemmar.',
          ),
          ...(meeting.place ? [paragraph(`Plats: ${meeting.place}`)] : []),
          ...(meeting.attendees ? [paragraph(`Närvarande: ${meeting.attendees}`)] : []),
          heading('Anteckningar', HeadingLevel.HEADING_1),
          ...(meeting.notes.trim() === '' ? [paragraph('Inga anteckningar.')] : paragraphs(meeting.notes)),
          paragraph(`Upprättad ${generatedAt.toISOString().slice(0, 10)} i Trygghetshjulet.`),
        ],
      },
    ],
  };
  return packDocx(document);
}
