const space = (char: string, delimiter: string) => (char === ' ' || char === '\t') && char !== delimiter;
const ends = (char: string, delimiter: string) => char === delimiter || char === '\n' || char === '\r';

/**
 * A CSV text made ready for Papa Parse, and where it may be cut so that each piece is read alone: after a row's
 * line ending outside quotes, at least `pieceChars` apart. Papa Parse reads a quote only as a cell's first character,
 * so the spaces around each quoted cell are taken away (`; "Torget; norra" ;` becomes `;"Torget; norra";`) and
 * the cell keeps its delimiter. Spaces inside quotes and every line break stay, so each row keeps its line.
 */
export function csvPieces(
  text: string,
  delimiter: string,
  newline: string,
  pieceChars: number,
): { text: string; cuts: number[] } {
  const cuts: number[] = [];
  // Only the file's own line ending ends a row; a lone \n in a \r\n file is a character of its cell.
  const endsRow = (at: number) => newline === '\n' || (newline === '\r\n' && text[at - 1] === '\r');
  if (!text.includes('"')) {
    for (let at = text.indexOf('\n', pieceChars - 1); at !== -1 && at + 1 < text.length; ) {
      if (endsRow(at)) {
        cuts.push(at + 1);
        at = text.indexOf('\n', at + pieceChars);
      } else at = text.indexOf('\n', at + 1);
    }
    return { text, cuts };
  }
  const parts: string[] = [];
  let copiedTo = 0;
  let dropped = 0;
  let spacesFrom = -1;
  let state: 'start' | 'plain' | 'quoted' | 'closed' = 'start';
  const dropSpaces = (end: number) => {
    parts.push(text.slice(copiedTo, spacesFrom));
    dropped += end - spacesFrom;
    copiedTo = end;
  };
  const lineBreak = (at: number) => {
    const cut = at + 1 - dropped;
    if (endsRow(at) && cut - (cuts.at(-1) ?? 0) >= pieceChars && at + 1 < text.length) cuts.push(cut);
  };
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at]!;
    if (state === 'quoted') {
      if (char === '"') {
        if (text[at + 1] === '"') at += 1;
        else state = 'closed';
      }
    } else if (state === 'plain') {
      if (ends(char, delimiter)) state = 'start';
      if (char === '\n') lineBreak(at);
    } else if (space(char, delimiter)) {
      if (spacesFrom === -1) spacesFrom = at;
    } else {
      if (spacesFrom !== -1 && (state === 'start' ? char === '"' : ends(char, delimiter))) dropSpaces(at);
      spacesFrom = -1;
      // Text after a closing quote keeps its spaces and goes to Papa Parse, which refuses it.
      state = state === 'start' && char === '"' ? 'quoted' : ends(char, delimiter) ? 'start' : 'plain';
      if (char === '\n') lineBreak(at);
    }
  }
  if (state === 'closed' && spacesFrom !== -1) dropSpaces(text.length);
  parts.push(text.slice(copiedTo));
  return { text: parts.join(''), cuts };
}
