import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const chief = { 'X-Dev-Persona': personas.securityChief };
let server: TestServer;
const api = () => request(server.url);

const oddFileNames = [
  'tab\there.pdf',
  'new\nline.pdf',
  'nul\u0000.pdf',
  'unit\u001Fsep.pdf',
  '...pdf',
  '../../hemligt.pdf',
  'trailing dot .DOCX',
  `${'långt namn '.repeat(30)}.pdf`,
  'kolon: fråga? "citat" <x>|y*.pdf',
];
/** Names no library gets: no document type, or a program, a script or a web page. */
const notDocuments = [
  '.',
  '..',
  'trailing dot.',
  'utan typ',
  'setup.exe',
  'avtal.pdf.exe',
  'sida.html',
  'bild.svg',
  'makro.js',
];
const oddActorNames = [
  'Polisen: LPO Askersund',
  'Kyrkan "Sankt Nikolai"',
  'Vem? Vad?',
  'Föreningen /../ Askersund',
  `Aktör ${'med ett mycket långt namn '.repeat(8)}`.slice(0, 120),
];

beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-24T09:00:00+01:00' });
});
afterAll(() => server.close());

const upload = (path: string, fileName: string) =>
  api()
    .post(path)
    .query({ fileName })
    .set(chief)
    .set('Content-Type', 'application/octet-stream')
    .send(Buffer.from(`innehåll ${fileName}`));

async function allPaths(library: string): Promise<string[]> {
  const walk = async (folder?: string): Promise<string[]> => {
    const listing = await server.ctx.store.listFolder(library, folder);
    const nested = await Promise.all(listing.folders.map((name) => walk(folder ? `${folder}/${name}` : name)));
    return [...listing.files.map((f) => f.path), ...nested.flat()];
  };
  return walk();
}

describe('names people type become names every library accepts', () => {
  it('keeps each actor’s material under an odd actor or file name, one version each, no 500', async () => {
    const actorIds: string[] = [];
    for (const name of oddActorNames) {
      const created = await api().post('/api/actors').set(chief).send({ name, kind: 'other' }).expect(201);
      actorIds.push(created.body.id);
    }
    await api()
      .post('/api/councils/2026')
      .set(chief)
      .send({ date: '2026-12-10', invitedActorIds: actorIds })
      .expect(201);
    for (const [index, actorId] of actorIds.entries()) {
      const response = await upload(`/api/councils/2026/materials/${actorId}/document`, oddFileNames[index]!);
      expect(response.status, `${oddActorNames[index]} / ${JSON.stringify(oddFileNames[index])}`).toBe(201);
    }
    const paths = await allPaths('strategisktRad');
    expect(paths.filter((p) => p.includes('Aktörernas lägesbilder'))).toHaveLength(actorIds.length);
    for (const path of paths) {
      expect(path.length, path).toBeLessThanOrEqual(255);
      for (const segment of path.split('/')) expect(segment, path).toMatch(/^[^"*:<>?\\|\p{Cc}]+$/u);
      expect((await server.ctx.store.listVersions('strategisktRad', path)).length).toBe(1);
    }
  });

  it('keeps odd file names in the BOB library and the imported files, and names BOB meetings with tabs and line breaks', async () => {
    for (const name of oddFileNames)
      expect((await upload('/api/bob/documents', name)).status, JSON.stringify(name)).toBe(201);
    for (const name of notDocuments) {
      const refused = await upload('/api/bob/documents', name);
      expect(refused.status, name).toBe(415);
      expect(refused.body).toMatchObject({
        error: 'not_a_document',
        message: expect.stringMatching(/^Filtypen tas inte emot\. Ladda upp ett dokument: pdf, docx, /),
      });
    }
    const kept = await allPaths('bob');
    expect(kept.filter((path) => /\.(exe|html|svg|js)$|(^|\/)(\.|\.\.|utan typ)$/.test(path))).toEqual([]);
    const meeting = await api()
      .post('/api/bob/meetings')
      .set(chief)
      .send({ date: '2026-11-20', title: 'Möte\tom\nläget: "BOB"?' })
      .expect(201);
    await api().post(`/api/bob/meetings/${meeting.body.id}/document`).set(chief).expect(201);
    for (const path of await allPaths('bob'))
      for (const segment of path.split('/')) expect(segment, path).toMatch(/^[^"*:<>?\\|\p{Cc}]+$/u);
  });
});
