import { describe, expect, it } from 'vitest';
import { agendaLinkSchema, isSafeLinkHref } from './agenda.js';

describe('links an agenda may hold', () => {
  it('takes the tab’s pages, the app’s documents and https addresses', () => {
    for (const href of [
      '#/lagesbild/kvartal/2026/3',
      '/api/councils/2026/materials/a1/document',
      'https://bra.se/statistik',
      'https://polisen.se/x?y=1#z',
    ])
      expect(isSafeLinkHref(href), href).toBe(true);
  });

  it('refuses every other scheme, protocol-relative and climbing paths, and credentials in the address', () => {
    for (const href of [
      'http://evil.example/x',
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      '//evil.example/api/x',
      '/api/../x',
      '/api/./x',
      '/index.html',
      'https://user:pass@evil.example/',
      '/api/x\\..\\y',
      'mailto:a@b.se',
      '',
    ]) {
      expect(isSafeLinkHref(href), href).toBe(false);
    }
    expect(
      agendaLinkSchema.safeParse({ title: 'Underlag', href: 'http://evil.example' }).error?.issues[0]?.message,
    ).toMatch(/https-adress/);
  });
});
