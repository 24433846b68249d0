import { describe, expect, it } from 'vitest';
import { sourceLabel } from './source-label.js';

describe('sourceLabel', () => {
  it('names the source once', () => {
    expect(sourceLabel('EST', 'EST')).toBe('EST');
    expect(sourceLabel('Polisen', 'polisen')).toBe('Polisen');
    expect(sourceLabel('Aktör', 'Polisen')).toBe('Aktör: Polisen');
    expect(sourceLabel('Förvaltning', '')).toBe('Förvaltning');
    expect(sourceLabel('Annat', 'Brå', ', ')).toBe('Annat, Brå');
  });
});
