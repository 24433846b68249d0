import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textLimits } from '../../api/domain/text-limits.js';
import { binaryBody, wordText } from '../support/binary.js';
import { as, personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
const api = () => request(server.url);

beforeAll(async () => {
  server = await startTestServer({ now: '2027-02-10T09:00:00+01:00' });
  await api()
    .post('/api/situation/entries')
    .set(as(personas.securityChief))
    .send({
      date: '2026-12-01',
      area: 'Torget',
      category: 'narkotika',
      source: 'est',
      sourceName: 'EST',
      description: 'Hemlig BOB-iakttagelse',
      bob: true,
      newPhenomenon: true,
    })
    .expect(201);
});
afterAll(async () => {
  await server.close();
});

const annual = async (persona = personas.securityChief) =>
  (await api().get('/api/situation/annual/2026').set(as(persona)).expect(200)).body;

describe('the annual lägesbild', () => {
  it('has the six sections in order, with the year’s counts, flagged phenomena and the plan’s actions gathered, BOB left out', async () => {
    const body = await annual(personas.reader);
    expect(body.sections.map((s: { id: string }) => s.id)).toEqual([
      'summary',
      'problemPicture',
      'causeAnalysis',
      'actionsTaken',
      'actionsPlanned',
      'newPhenomena',
    ]);
    expect(body.material.byCategory.length).toBeGreaterThan(3);
    expect(body.material.newPhenomena.map((p: { description: string }) => p.description)).toEqual([
      'Unga samlas vid laddstationerna och stör resenärer',
      'Försäljning av nikotinpåsar till unga via sociala medier',
    ]);
    expect(JSON.stringify(body.material)).not.toContain('Hemlig BOB');
    expect(body.material.actionsTaken.length).toBe(11);
  });

  it('saves each section with its etag, gives the other text on a conflict, and refuses others than the säkerhetschef', async () => {
    const summary = (await annual()).sections[0];
    const saved = await api()
      .put('/api/situation/annual/2026/sections/summary')
      .set(as(personas.securityChief))
      .set('If-Match', summary.etag)
      .send({ text: 'Ett lugnare år i centrum.' })
      .expect(200);
    const stale = await api()
      .put('/api/situation/annual/2026/sections/summary')
      .set(as(personas.securityChief))
      .set('If-Match', summary.etag)
      .send({ text: 'Min version' })
      .expect(412);
    expect(stale.body.current.text).toBe('Ett lugnare år i centrum.');
    await api()
      .put('/api/situation/annual/2026/sections/summary')
      .set(as(personas.socialHead))
      .set('If-Match', saved.body.etag)
      .send({ text: 'x' })
      .expect(403);
    const bad = await api()
      .put('/api/situation/annual/2026/sections/slutsats')
      .set(as(personas.securityChief))
      .set('If-Match', saved.body.etag)
      .send({ text: 'x' })
      .expect(400);
    expect(bad.body.issues[0].field).toBe('sectionId');
    const personal = await api()
      .put('/api/situation/annual/2026/sections/summary')
      .set(as(personas.securityChief))
      .set('If-Match', saved.body.etag)
      .send({ text: 'Se 19121212-1212' })
      .expect(400);
    expect(personal.body.issues[0].field).toBe('text');
    // Counted as kept, trimmed, as the tab counts it: a full section with a line break after it is taken.
    const full = await api()
      .put('/api/situation/annual/2026/sections/summary')
      .set(as(personas.securityChief))
      .set('If-Match', saved.body.etag)
      .send({ text: `\n${'å'.repeat(textLimits.document)}\n\n` })
      .expect(200);
    expect(full.body.text).toBe('å'.repeat(textLimits.document));
  });

  it('is saved as a Word document holding every section heading in order and every flagged phenomenon, as a draft', async () => {
    const cause = (await annual()).sections[2];
    await api()
      .put('/api/situation/annual/2026/sections/causeAnalysis')
      .set(as(personas.securityChief))
      .set('If-Match', cause.etag)
      .send({ text: 'Mörka platser och få vuxna ute kvällstid.' })
      .expect(200);
    const saved = await api().post('/api/situation/annual/2026/document').set(as(personas.securityChief)).expect(201);
    expect(saved.body).toMatchObject({ version: '1.0', path: 'Årlig lägesbild/2026/Lägesbild 2026.docx' });
    expect(
      (await api().post('/api/situation/annual/2026/document').set(as(personas.securityChief)).expect(201)).body
        .version,
    ).toBe('2.0');
    const response = await api()
      .get('/api/situation/annual/2026/document')
      .set(as(personas.police))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const text = await wordText(response.body as Buffer);
    const headings = [
      'Sammanfattning',
      'Problembild per område och kategori',
      'Orsaksanalys',
      'Genomförda åtgärder',
      'Planerade åtgärder',
      'Nya fenomen',
    ].map((h) => text.indexOf(h));
    expect(headings.every((p) => p >= 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    for (const phenomenon of (await annual()).material.newPhenomena) expect(text).toContain(phenomenon.description);
    expect(text).toContain('Mörka platser och få vuxna ute kvällstid.');
    expect(text).not.toContain('Hemlig BOB');
    // A version of work in progress completes nothing.
    expect((await milestoneStatus()).status).not.toBe('done');
  });

  it('is fastställd only when every section is written and the fourth quarter compiled, or with a reason', async () => {
    const finalise = (body: Record<string, unknown> = {}) =>
      api().post('/api/situation/annual/2026/finalise').set(as(personas.securityChief)).send(body);
    const nextYear = await api()
      .post('/api/situation/annual/2027/finalise')
      .set(as(personas.securityChief))
      .send({ overrideReason: 'Bråttom' })
      .expect(409);
    expect(nextYear.body).toMatchObject({
      error: 'too_early',
      message: 'Den årliga lägesbilden för 2027 kan fastställas när året är slut, från och med 2028-01-01.',
      issues: [{ field: 'year' }],
    });
    const unwritten = await finalise().expect(409);
    expect(unwritten.body).toMatchObject({ error: 'too_early', issues: [{ field: 'sections' }] });
    expect(unwritten.body.message).toMatch(/saknar text/);
    for (const section of (await annual()).sections) {
      if (section.text.trim() !== '') continue;
      await api()
        .put(`/api/situation/annual/2026/sections/${section.id}`)
        .set(as(personas.securityChief))
        .set('If-Match', section.etag)
        .send({ text: `Text för ${section.id}.` })
        .expect(200);
    }
    // The fourth quarter compiled in December, while it ran: a draft without the rest of December, not the quarter.
    const december = await startTestServer({ now: '2026-12-15T09:00:00+01:00', dataDir: server.dataDir });
    try {
      await request(december.url)
        .post('/api/situation/compilations/2026/4/document')
        .set(as(personas.securityChief))
        .expect(201);
    } finally {
      await december.close();
    }
    const noQuarter = await finalise().expect(409);
    expect(noQuarter.body.issues[0].field).toBe('overrideReason');
    expect(noQuarter.body.message).toBe(
      'Fjärde kvartalet 2026 är inte sammanställt efter kvartalets slut. Sammanställ det under Lägesbild › Kvartal, eller fastställ ändå och ange skälet.',
    );
    expect((await milestoneStatus()).status).not.toBe('done');
    await api().post('/api/situation/annual/2026/finalise').set(as(personas.police)).send({}).expect(403);
    const done = await finalise({
      overrideReason: 'Polisens statistik för kvartal 4 dröjer; KS behöver underlaget nu.',
    }).expect(201);
    expect(done.body.version).toBe('3.0');
    expect(done.body.registration).toMatchObject({ handlingstyp: 'Lägesbild', faststalld: '2027-02-10' });
    const milestone = await milestoneStatus();
    expect(milestone.status).toBe('done');
    expect(milestone.completion.note).toMatch(/Fastställd.*utan kvartal 4: Polisens statistik/);

    // Fastställd, its text stays as adopted: no section, draft or second fastställande until it is opened again.
    const locked =
      'Den årliga lägesbilden för 2026 är fastställd (2027-02-10) och ändras inte. Öppna den igen för att ändra den; den är då ett utkast tills den fastställs på nytt.';
    const summary = (await annual()).sections[0];
    const edit = () =>
      api()
        .put('/api/situation/annual/2026/sections/summary')
        .set(as(personas.securityChief))
        .set('If-Match', summary.etag)
        .send({ text: 'Ändrad i efterhand.' });
    expect((await edit().expect(409)).body).toMatchObject({ error: 'locked', message: locked });
    await api().post('/api/situation/annual/2026/document').set(as(personas.securityChief)).expect(409);
    await finalise({ overrideReason: 'Igen' }).expect(409);
    expect((await annual()).sections[0].text).toBe(summary.text);

    await api().post('/api/situation/annual/2026/reopen').set(as(personas.reader)).expect(403);
    const reopened = await api().post('/api/situation/annual/2026/reopen').set(as(personas.securityChief)).expect(200);
    expect(reopened.body.registration.faststalld).toBeNull();
    expect((await milestoneStatus()).status).not.toBe('done');
    await edit().expect(200);
    const again = await finalise({ overrideReason: 'Rättat ett stavfel.' }).expect(201);
    expect(again.body).toMatchObject({ version: '4.0', registration: { faststalld: '2027-02-10' } });
  });
});

describe('a period’s document after the period', () => {
  it('marks the year’s report to kommunfullmäktige done when saved after the new year (council.test saves it in December, a draft)', async () => {
    const saved = await api().post('/api/council-reports/2026/document').set(as(personas.securityChief)).expect(201);
    expect(saved.body.milestoneDone).toBe(true);
    const cycle = (await api().get('/api/cycles/2026').set(as(personas.securityChief))).body;
    expect(cycle.milestones.find((m: { id: string }) => m.id === '2026-council-report').status).toBe('done');
  });
});

async function milestoneStatus() {
  const cycle = (await api().get('/api/cycles/2026').set(as(personas.securityChief))).body;
  return cycle.milestones.find((m: { id: string }) => m.id === '2026-annual-situation-picture');
}
