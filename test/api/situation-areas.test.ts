import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binaryBody } from '../support/binary.js';
import { as, personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import JSZip from 'jszip';

let server: TestServer;
const api = () => request(server.url);
const chief = as(personas.securityChief);
const square = (lon: number, lat: number) => [
  [lon, lat],
  [lon + 0.01, lat],
  [lon + 0.01, lat - 0.01],
  [lon, lat - 0.01],
  [lon, lat],
];
const feature = (name: string, lon: number) => ({
  type: 'Feature',
  properties: { namn: name },
  geometry: { type: 'Polygon', coordinates: [square(lon, 58.88)] },
});
const file = (json: unknown) => Buffer.from(JSON.stringify(json));
const upload = (body: Buffer, etag?: string) => {
  const put = api()
    .put('/api/situation/areas')
    .query({ fileName: 'omraden.geojson' })
    .set(chief)
    .set('Content-Type', 'application/octet-stream');
  return (etag ? put.set('If-Match', etag) : put).send(body);
};

beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-24T09:00:00+01:00' });
});
afterAll(() => server.close());

describe('the municipality’s areas as a map', () => {
  it('shows everyone the demo map with the tile server, and lets only the säkerhetschef replace it with its ETag', async () => {
    const read = await api().get('/api/situation/areas').set(as(personas.reader)).expect(200);
    expect(read.body.map.areas).toHaveLength(7);
    expect(read.body.tiles).toEqual({
      url: 'https://127.0.0.1:9/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap-bidragsgivare',
    });
    const collection = { type: 'FeatureCollection', features: [feature('Torget', 14.9), feature('Hamnen', 14.92)] };
    await api()
      .put('/api/situation/areas')
      .set(as(personas.reader))
      .set('Content-Type', 'application/octet-stream')
      .send(file(collection))
      .expect(403);
    await upload(file(collection)).expect(428);
    await upload(file(collection), '"areas-0.9"').expect(412);
    const saved = await upload(file(collection), read.body.etag).expect(200);
    expect(saved.body.map.areas.map((a: { name: string }) => a.name)).toEqual(['Torget', 'Hamnen']);
    expect(saved.body.etag).not.toBe(read.body.etag);
    const registration = await api()
      .get('/api/records/documents')
      .query({ library: 'lagesbilder', path: 'Områden/Områden.geojson' })
      .set(chief)
      .expect(200);
    expect(registration.body.registration).toMatchObject({ handlingstyp: 'Karta', bevarande: 'gallras' });
  });

  it('says what is wrong with a file that is not a map, and keeps the one there', async () => {
    const before = (await api().get('/api/situation/areas').set(chief).expect(200)).body;
    const notJson = await upload(Buffer.from('namn;polygon\nTorget;?'), before.etag).expect(400);
    expect(notJson.body.error).toBe('unreadable_file');
    // A GIS's other formats are named, with the way to GeoJSON.
    for (const [bytes, said] of [
      [
        Buffer.from('<?xml version="1.0"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>'),
        /^Filen är KML, inte GeoJSON\. Exportera områdena som GeoJSON/,
      ],
      [Buffer.from('PK\x03\x04områden.shp', 'latin1'), /^Filen är en zip-fil \(kanske en shapefil\), inte GeoJSON/],
    ] as const)
      expect((await upload(bytes, before.etag).expect(400)).body.message).toMatch(said);
    const point = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'Torget' }, geometry: { type: 'Point', coordinates: [14.9, 58.88] } },
      ],
    };
    const refused = await upload(file(point), before.etag).expect(400);
    expect(refused.body.issues[0]).toMatchObject({
      field: 'features.0.geometry.type',
      message: 'varje område ska vara en Polygon eller MultiPolygon',
    });
    const twice = await upload(
      file({ type: 'FeatureCollection', features: [feature('Torget', 14.9), feature('torget', 14.95)] }),
      before.etag,
    ).expect(400);
    expect(twice.body.issues).toEqual([
      {
        field: 'features.1.properties',
        message: 'namnet finns redan på område 1',
        messageEn: 'the name is already that of area 1',
      },
    ]);
    // The sentence the tab shows says where in the file, as a GIS shows it, not the JSON path.
    expect(twice.body.message).toBe('Kartan kan inte läsas: område 2 (”torget”): namnet finns redan på område 1');
    expect(refused.body.message).toBe(
      'Kartan kan inte läsas: område 1 (”Torget”): varje område ska vara en Polygon eller MultiPolygon',
    );
    expect(refused.body.messageEn).toBe(
      'The map cannot be read: area 1 (“Torget”): each area must be a Polygon or MultiPolygon',
    );
    expect((await api().get('/api/situation/areas').set(chief).expect(200)).body).toEqual(before);
  });

  it('puts the map in the quarter’s Word document, with every area’s count as the table has it', async () => {
    const compilation = (await api().get('/api/situation/compilations/2026/3').set(chief).expect(200)).body as {
      byArea: { key: string; count: number }[];
    };
    await api().post('/api/situation/compilations/2026/3/document').set(chief).expect(201);
    const docx = await api()
      .get('/api/situation/compilations/2026/3/document')
      .set(chief)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const xml = await (await JSZip.loadAsync(docx.body)).file('word/document.xml')!.async('string');
    const description = /descr="Händelser per område på kartan: ([^"]*)"/.exec(xml)?.[1];
    expect(description).toBe(compilation.byArea.map((row) => `${row.key} ${row.count}`).join(', '));
  });
});
