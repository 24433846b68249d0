import { DomainError } from '../domain/errors/domain-error.js';
import { shownInput } from '../domain/text-policy.js';
import { containsPersonalIdentityNumber } from '../domain/personal-data.js';
import { counted } from '../i18n/plural.js';
import type { ImportTable } from '../imports/import-table.js';
import { columnLetter, type PersonalDataPlace } from '../imports/personal-data-places.js';

/** A header or sheet name as the message may name it: never one that itself holds a number. */
const saidBack = (text: string): string => (containsPersonalIdentityNumber(text) ? '' : shownInput(text, 40));

/** Where a number is, as the person finds it in the file: the row, the column's letter and header, the sheet. */
function placeName(place: PersonalDataPlace, table: ImportTable): { sv: string; en: string } {
  if (place.sheetName !== undefined)
    return { sv: `namnet på blad ${place.sheetName + 1}`, en: `the name of sheet ${place.sheetName + 1}` };
  if (typeof place.column === 'string')
    return { sv: `rad ${place.row}, ${place.column}`, en: `row ${place.row}, ${place.column}` };
  const letter = columnLetter(place.column);
  if (place.sheet !== undefined) {
    const sheet = saidBack(place.sheet);
    return sheet
      ? {
          sv: `rad ${place.row}, kolumn ${letter} på bladet ”${sheet}”`,
          en: `row ${place.row}, column ${letter} on the sheet “${sheet}”`,
        }
      : {
          sv: `rad ${place.row}, kolumn ${letter} på ett annat blad`,
          en: `row ${place.row}, column ${letter} on another sheet`,
        };
  }
  const header = place.row > (table.headerRow ?? 1) ? table.columns[place.column] : undefined;
  const named = header && saidBack(header) ? ` (${saidBack(header)})` : '';
  return { sv: `rad ${place.row}, kolumn ${letter}${named}`, en: `row ${place.row}, column ${letter}${named}` };
}

const cellMessage = {
  sv: 'cellen innehåller ett personnummer eller samordningsnummer',
  en: 'the cell contains a Swedish personal identity number or coordination number',
};

/**
 * A file holding a personal identity number anywhere is not kept: it would be kept as it came, in a column
 * imported or not. Each place is an issue, named as the import's row errors are ("rad 12, kolumn D
 * (Beskrivning)"); the number itself is never said back.
 */
export class ImportFileHoldsPersonalData extends DomainError {
  constructor(table: ImportTable) {
    const found = table.personalData!;
    const places = found.places.map((place) => placeName(place, table));
    const first = places[0]!;
    super(
      'import_file_personal_data',
      {
        sv: `Filen sparades inte: den innehåller personnummer eller samordningsnummer i ${counted(found.count, 'cell', 'celler')}, första på ${first.sv}. Ta bort numren ur filen, spara den och välj den igen – sådana nummer förs inte in i appen.`,
        en: `The file was not kept: it contains Swedish personal identity or coordination numbers in ${counted(found.count, 'cell', 'cells')}, the first at ${first.en}. Remove the numbers from the file, save it and choose it again – such numbers are not kept in the app.`,
      },
      {
        issues: places.map((place) => ({ field: place.sv, message: cellMessage.sv, messageEn: cellMessage.en })),
      },
    );
  }
}
