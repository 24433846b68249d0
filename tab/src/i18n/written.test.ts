import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { sentenceWith, withWritten, writtenOr } from './written.js';

const markup = (node: ReturnType<typeof withWritten>) => renderToStaticMarkup(createElement(Fragment, null, node));

describe('stored text inside the interface’s sentences', () => {
  it('marks each value Swedish and leaves the sentence in the interface’s language', () => {
    expect(markup(withWritten(en.reports.myReport, 'Socialförvaltningen'))).toBe(
      'Report from <span lang="sv">Socialförvaltningen</span>',
    );
  });

  it('marks each of several values in its own language, wherever the sentence puts it', () => {
    const swapped = (first: string, second: string) => `${second} before ${first}`;
    expect(markup(sentenceWith(swapped, { text: 'Våld', lang: 'sv' }, { text: 'Violence', lang: 'en' }))).toBe(
      '<span lang="en">Violence</span> before <span lang="sv">Våld</span>',
    );
  });

  it('keeps text that looks like markup as text', () => {
    expect(markup(withWritten(en.reports.myReport, '<b>Förvaltning</b>'))).toBe(
      'Report from <span lang="sv">&lt;b&gt;Förvaltning&lt;/b&gt;</span>',
    );
  });

  it('gives the interface’s own word, unmarked, when there is no stored text', () => {
    expect(markup(writtenOr('', 'No department'))).toBe('No department');
    expect(markup(writtenOr('Folkhälsoteamet', 'No department'))).toBe('<span lang="sv">Folkhälsoteamet</span>');
  });
});
