import type { ReactNode } from 'react';

/**
 * What people write and the names they give (departments, actors, places, the plan's text) are in the
 * municipality's language, Swedish, whatever the interface's. Marked so, a screen reader reads them as Swedish
 * in the English interface too (WCAG 2.1, 3.1.2 Language of Parts).
 */
export const writtenLang = 'sv';

/** Stored text inside a sentence of the interface: "Report from <Written>Socialförvaltningen</Written>". */
export function Written({ children }: { children: ReactNode }) {
  return <span lang={writtenLang}>{children}</span>;
}

const marker = (index: number) => `\uE000${index}\uE001`;

/**
 * An interface sentence with stored text in it, each piece marked in its own language: the sentence is made
 * with a marker for each value and split at the markers, so the interface's wording stays in one place.
 */
export function sentenceWith(
  sentence: (...values: string[]) => string,
  ...values: { text: string; lang: string }[]
): ReactNode {
  const parts = sentence(...values.map((_, index) => marker(index))).split(/\uE000(\d+)\uE001/);
  return parts.map((part, index) => {
    if (index % 2 === 0) return part;
    const value = values[Number(part)]!;
    return (
      <span key={index} lang={value.lang}>
        {value.text}
      </span>
    );
  });
}

/** sentenceWith for stored Swedish text: "Report from <span lang="sv">Socialförvaltningen</span>". */
export function withWritten(sentence: (...values: string[]) => string, ...values: string[]): ReactNode {
  return sentenceWith(sentence, ...values.map((text) => ({ text, lang: writtenLang })));
}

/** Stored text marked Swedish, or the interface's own word when there is none ("No department"). */
export function writtenOr(text: string | null | undefined, none: ReactNode): ReactNode {
  return text ? <Written>{text}</Written> : none;
}
