import { describe, expect, it } from 'vitest';
import { ownApiPath } from './client.js';

const page = 'https://trygghet.askersund.se/#/rad/2026';

describe('credentials go only to the app’s own API', () => {
  it('lets paths of the API through', () => {
    expect(ownApiPath('/api/councils/2026/materials/a1/document', page)).toBe(
      '/api/councils/2026/materials/a1/document',
    );
    expect(ownApiPath('/api/situation/entries?from=2026-01-01', page)).toBe('/api/situation/entries?from=2026-01-01');
  });

  it('refuses any other origin or path, however it is written', () => {
    for (const href of [
      'https://evil.example/api/x',
      '//evil.example/api/x',
      'http://trygghet.askersund.se/api/x',
      '/index.html',
      'javascript:alert(1)',
      '/api/../index.html',
      '\\\\evil.example/api/x',
    ]) {
      expect(() => ownApiPath(href, page), href).toThrow(/outside Trygghetshjulet/);
    }
  });
});
