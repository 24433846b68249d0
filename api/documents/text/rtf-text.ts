import iconv from 'iconv-lite';

// Groups whose content is no text a reader sees: tables of fonts, colours and styles, pictures and embedded
// objects as hex digits (which would read as numbers), and every ignorable destination (\*) but comments.
const hidden = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'listtable',
  'listoverridetable',
  'pict',
  'objdata',
  'themedata',
  'colorschememapping',
  'datastore',
  'latentstyles',
  'rsidtbl',
  'xmlnstbl',
  'generator',
  'filetbl',
  'revtbl',
]);
const shownDestinations = new Set(['annotation', 'atnauthor']);
const breaks = new Set(['par', 'line', 'row', 'cell', 'nestcell', 'sect', 'page']);
const control = /\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([\r\n]+)|([^\\{}\r\n]+)/gy;

/**
 * The text of an RTF document as a word processor shows it, a paragraph or table cell at a time: control
 * words, font and colour tables and picture data are left out, \'hh and \uN read as the characters they are.
 * Read as raw lines instead, a picture's hex would pass for numbers and a number split by formatting
 * (`1985{\b 0709}-9805`) would hide.
 */
export function rtfTexts(source: string): string[] {
  const stack: { hidden: boolean; uc: number }[] = [];
  let state = { hidden: false, uc: 1 };
  let groupStart = false;
  let destination = false;
  let fallback = 0;
  let text = '';
  const emit = (value: string) => {
    if (fallback > 0) {
      fallback -= 1;
      return;
    }
    if (!state.hidden) text += value;
  };
  control.lastIndex = 0;
  for (let match = control.exec(source); match; match = control.exec(source)) {
    const [, word, parameter, hex, symbol, brace, , plain] = match;
    const atStart: boolean = groupStart;
    groupStart = false;
    if (brace === '{') {
      stack.push(state);
      state = { ...state };
      groupStart = true;
      fallback = 0;
    } else if (brace === '}') {
      state = stack.pop() ?? { hidden: false, uc: 1 };
      destination = false;
    } else if (word !== undefined) {
      if (destination && !shownDestinations.has(word)) state.hidden = true;
      destination = false;
      if (atStart && hidden.has(word)) state.hidden = true;
      else if (word === 'bin') control.lastIndex += Number(parameter ?? 0);
      else if (word === 'uc') state.uc = Number(parameter ?? 1);
      else if (word === 'u') {
        const code = Number(parameter ?? 0);
        emit(String.fromCharCode(code < 0 ? code + 65536 : code));
        fallback = state.uc;
      } else if (breaks.has(word)) emit('\n');
      else if (word === 'tab') emit('\t');
    } else if (hex !== undefined) emit(iconv.decode(Buffer.from([Number.parseInt(hex, 16)]), 'win1252'));
    else if (symbol === '*') {
      destination = atStart;
      groupStart = atStart;
    } else if (symbol === '~') emit('\u00a0');
    else if (symbol === '_') emit('-');
    else if (symbol === '\\' || symbol === '{' || symbol === '}') emit(symbol);
    else if (plain !== undefined) {
      for (const character of plain) emit(character);
    }
  }
  return text.split('\n');
}
