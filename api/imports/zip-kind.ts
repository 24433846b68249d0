import type JSZip from 'jszip';
import { UnreadableFile } from './unreadable-file.js';

/** A zip (an XLSX is one) starts with its signature, PK. */
export const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

const saveAs = 'Spara den som Excel-arbetsbok (.xlsx) eller CSV och importera den nya filen.';
const saveAsEn = 'Save it as an Excel workbook (.xlsx) or CSV and import the new file.';

/**
 * A zip that holds no Excel workbook, named for what it is: an OpenDocument spreadsheet (LibreOffice), a Word or
 * PowerPoint file, or a zip to unpack first. Undefined for a workbook.
 */
export async function notAWorkbook(zip: JSZip): Promise<UnreadableFile | undefined> {
  if (zip.file('xl/workbook.xml')) return undefined;
  const mimetype = (await zip.file('mimetype')?.async('string'))?.trim();
  if (mimetype === 'application/vnd.oasis.opendocument.spreadsheet') {
    return new UnreadableFile(
      `Filen är ett OpenDocument-kalkylblad (.ods, till exempel från LibreOffice). ${saveAs}`,
      `The file is an OpenDocument spreadsheet (.ods, from LibreOffice for example). ${saveAsEn}`,
    );
  }
  if (zip.file('word/document.xml')) {
    return new UnreadableFile(
      'Filen är ett Word-dokument, inget kalkylblad. Importera en CSV-fil eller en Excel-fil (XLSX).',
      'The file is a Word document, not a spreadsheet. Import a CSV file or an Excel file (XLSX).',
    );
  }
  if (zip.file('ppt/presentation.xml')) {
    return new UnreadableFile(
      'Filen är en PowerPoint-presentation, inget kalkylblad. Importera en CSV-fil eller en Excel-fil (XLSX).',
      'The file is a PowerPoint presentation, not a spreadsheet. Import a CSV file or an Excel file (XLSX).',
    );
  }
  return new UnreadableFile(
    'Filen är en zip-fil utan Excel-arbetsbok. Packa upp den och importera CSV- eller Excel-filen i den.',
    'The file is a zip file without an Excel workbook. Unpack it and import the CSV or Excel file inside.',
  );
}
