import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barChartSvg } from './bar-chart-svg.js';
import { lineChartSvg } from './line-chart-svg.js';
import { fitText, fittedText, textWidth } from './svg-text.js';

const long = 'Kultur- och fritidsförvaltningens lokaler vid Alléskolan och Sundsbro idrottsplats';

describe('text that fits a chart', () => {
  it('is the text when it fits, else as much as fits with an ellipsis, never wider than asked', () => {
    expect(fitText('Klotter', 100, 12)).toBe('Klotter');
    expect(fitText(long, 170, 12)).toMatch(/^Kultur- och fritids.*…$/);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 20, max: 600 }), (text, width) => {
        const fitted = fitText(text, width, 12);
        expect(textWidth(fitted, 12)).toBeLessThanOrEqual(Math.max(width, textWidth('x…', 12)));
        if (fitted !== text) expect(fitted.endsWith('…')).toBe(true);
      }),
    );
  });

  it('keeps the whole text as the tooltip of a shortened one, escaped', () => {
    expect(fittedText('A & B', 100, 12)).toBe('A &amp; B');
    expect(fittedText(`${long} <x>`, 170, 12)).toMatch(/^<title>Kultur-.*&lt;x&gt;<\/title>Kultur-.*…$/);
  });

  it('lets no bar label or legend entry run off the picture or into the next', () => {
    const bars = barChartSvg({ title: 'Per område', bars: [{ label: long, value: 3 }] });
    const label = /<text x="([\d.]+)" y="[\d.]+" text-anchor="end"[^>]*>(?:<title>[^<]*<\/title>)?([^<]+)<\/text>/.exec(
      bars,
    )!;
    expect(Number(label[1]) - textWidth(label[2]!, 12)).toBeGreaterThanOrEqual(0);
    const lines = lineChartSvg({
      title: 'Trend',
      labels: ['2025 K1', '2026 K4'],
      series: [long, `${long} 2`, `${long} 3`].map((text) => ({ label: text, values: [1, 2] })),
    });
    const entries = [
      ...lines.matchAll(/<text x="([\d.]+)" y="40"[^>]*>(?:<title>[^<]*<\/title>)?([^<]+)<\/text>/g),
    ].map((m) => [Number(m[1]), textWidth(m[2]!, 12)] as const);
    expect(entries).toHaveLength(3);
    for (let i = 1; i < entries.length; i += 1)
      expect(entries[i - 1]![0] + entries[i - 1]![1]).toBeLessThan(entries[i]![0]);
    expect(entries.at(-1)![0] + entries.at(-1)![1]).toBeLessThanOrEqual(640);
    // The last quarter's label is centred on the last point and still inside.
    const last = /<text x="([\d.]+)"[^>]*text-anchor="middle"[^>]*>2026 K4<\/text>/.exec(lines)!;
    expect(Number(last[1]) + textWidth('2026 K4', 11) / 2).toBeLessThanOrEqual(640);
  });
});
