import { UnreadableFile } from './unreadable-file.js';
import { isZip } from './zip-kind.js';

const exportHint = 'Exportera områdena som GeoJSON i ert GIS (i QGIS: Exportera › Spara objekt som › GeoJSON).';
const exportHintEn = 'Export the areas as GeoJSON from your GIS (in QGIS: Export › Save Features As › GeoJSON).';

/** A map file's JSON as the file carries it; a KML, a zipped shapefile or other text is said to be what it is. */
export function readGeoJson(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw notGeoJson(bytes);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw notGeoJson(bytes);
  }
}

function notGeoJson(bytes: Uint8Array): UnreadableFile {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).trimStart();
  if (isZip(bytes)) {
    return new UnreadableFile(
      `Filen är en zip-fil (kanske en shapefil), inte GeoJSON. ${exportHint}`,
      `The file is a zip file (a shapefile, perhaps), not GeoJSON. ${exportHintEn}`,
    );
  }
  if (head.startsWith('<') && /<kml\b/i.test(head)) {
    return new UnreadableFile(
      `Filen är KML, inte GeoJSON. ${exportHint}`,
      `The file is KML, not GeoJSON. ${exportHintEn}`,
    );
  }
  return new UnreadableFile(
    `Filen är inte GeoJSON: den kunde inte läsas som JSON i UTF-8. ${exportHint}`,
    `The file is not GeoJSON: it could not be read as JSON in UTF-8. ${exportHintEn}`,
  );
}
