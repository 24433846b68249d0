import { describe, expect, it } from 'vitest';
import { lineChartSvg } from './line-chart-svg.js';

describe('the line chart', () => {
  it('draws one line with its own marker per series, names itself, and escapes every text', () => {
    const svg = lineChartSvg({
      title: 'Händelser <per> kvartal',
      labels: ['2026 K1', '2026 K2'],
      series: [
        { label: 'Klotter & skadegörelse', values: [1, 3] },
        { label: 'Brand', values: [0, 2] },
      ],
    });
    expect(svg).toContain('aria-label="Händelser &lt;per&gt; kvartal"');
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg).toContain('Klotter &amp; skadegörelse');
    expect(svg).toContain('<rect x="');
    expect(svg).toMatch(/>3<\/text>/);
  });
});
