const space = (char: string, delimiter: string) => (char === ' ' || char === '\t') && char !== delimiter;
const ends = (char: string, delimiter: string) => char === delimiter || char === '\n' || char === '\r';

/**
 * The text with the spaces around each quoted cell taken away (`; "Torget; norra" ;` becomes `;"Torget; norra";`),
 * so Papa Parse, which reads a quote only as a cell's first character, sees the cell as quoted and keeps a
 * delimiter inside it. Spaces inside quotes and every line break stay, so each row keeps its line.
 */
export function unpadQuotes(text: string, delimiter: string): string {
  const parts: string[] = [];
  let copiedTo = 0;
  let spacesFrom = -1;
  let state: 'start' | 'plain' | 'quoted' | 'closed' = 'start';
  const dropSpaces = (end: number) => {
    parts.push(text.slice(copiedTo, spacesFrom));
    copiedTo = end;
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
    } else if (space(char, delimiter)) {
      if (spacesFrom === -1) spacesFrom = at;
    } else {
      if (spacesFrom !== -1 && (state === 'start' ? char === '"' : ends(char, delimiter))) dropSpaces(at);
      spacesFrom = -1;
      // Text after a closing quote keeps its spaces and goes to Papa Parse, which refuses it.
      state = state === 'start' && char === '"' ? 'quoted' : ends(char, delimiter) ? 'start' : 'plain';
    }
  }
  if (state === 'closed' && spacesFrom !== -1) dropSpaces(text.length);
  parts.push(text.slice(copiedTo));
  return parts.join('');
}
