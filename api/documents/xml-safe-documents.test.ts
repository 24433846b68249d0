import { Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { barChartSvg } from '../charts/bar-chart-svg.js';
import { bobMeetingDocument } from './bob-meeting-document.js';
import { packDocx } from './docx-parts.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find the control characters XML forbids
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

async function xmlParts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir && f.name.endsWith('.xml'))
      .map((f) => f.async('string')),
  );
}

describe('documents hold only characters XML allows', () => {
  it('cleans every part of a Word document, whatever text reached it', async () => {
    const parts = await xmlParts(
      await packDocx({
        sections: [{ children: [new Paragraph({ children: [new TextRun('Torget\uFFFE och \uFFFFparken\u0001')] })] }],
      }),
    );
    expect(parts.join('')).toContain('Torget och parken');
    for (const part of parts) expect(part).not.toMatch(forbidden);
  });

  it('makes a valid BOB meeting document from text stored before the policy existed', async () => {
    const bytes = await bobMeetingDocument({
      meeting: {
        id: 'm1',
        date: '2026-11-20',
        title: 'Möte\uFFFE',
        place: '',
        attendees: '',
        notes: 'Anteckning\uFFFF',
        createdBy: 'x',
        etag: '"1"',
      } as never,
      generatedAt: new Date('2026-11-24T09:00:00Z'),
    });
    for (const part of await xmlParts(bytes)) expect(part).not.toMatch(forbidden);
  });

  it('writes every document in Swedish, for Word’s spelling and a screen reader’s voice', async () => {
    const bytes = await bobMeetingDocument({
      meeting: { id: 'm1', date: '2026-11-20', title: 'Möte', place: '', attendees: '', notes: '' } as never,
      generatedAt: new Date('2026-11-24T09:00:00Z'),
    });
    const styles = await (await JSZip.loadAsync(bytes)).file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="sv-SE"\/>/);
  });

  it('draws chart labels without characters XML forbids', () => {
    const svg = barChartSvg({ title: 'Titel\uFFFE', bars: [{ label: 'Skade\u0002görelse', value: 3 } as never] });
    expect(svg).not.toMatch(forbidden);
    expect(svg).toContain('Skadegörelse');
  });
});
