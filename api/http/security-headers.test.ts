import { describe, expect, it } from 'vitest';
import { tileSource } from './security-headers.js';

describe('tileSource', () => {
  it('is the tile server’s origin, a wildcard for a placeholder label, nothing for none', () => {
    expect(tileSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
    expect(tileSource('https://karta.kommun.se:8443/wmts/{z}/{y}/{x}')).toBe('https://karta.kommun.se:8443');
    expect(tileSource('https://{s}.tiles.example.se/{z}/{x}/{y}.png')).toBe('https://*.tiles.example.se');
    expect(tileSource('https://tiles-{s}.example.se/{z}/{x}/{y}.png')).toBe('https:');
    expect(tileSource('none')).toBeUndefined();
  });
});
