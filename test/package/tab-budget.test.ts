import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtTabDir } from '../../api/paths.js';

/** What a person downloads before the first view renders: the entry script and what index.html preloads. */
const initialBudgetKb = 250;
/** Vite's chunkSizeWarningLimit, minified and uncompressed: the council's area was 1,454 KB with every country's holidays. */
const chunkLimitKb = 500;

describe('the tab’s first load', () => {
  it(`is at most ${initialBudgetKb} KB of gzipped JavaScript; each area comes when it is opened`, () => {
    const html = readFileSync(join(builtTabDir, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    const kb =
      scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join(builtTabDir, path)), { level: 9 }).length, 0) /
      1024;
    expect(kb, `initial scripts: ${scripts.join(', ')}`).toBeLessThan(initialBudgetKb);
    // The areas are chunks of their own, fetched when opened, not preloaded.
    const chunks = readdirSync(join(builtTabDir, 'assets')).filter((name) => name.endsWith('.js'));
    for (const area of ['CycleView', 'SituationView', 'BobView', 'SettingsView']) {
      const chunk = chunks.find((name) => name.startsWith(`${area}-`));
      expect(chunk, `${area} has no chunk of its own`).toBeDefined();
      expect(scripts).not.toContain(`assets/${chunk}`);
    }
  });

  it(`has no chunk over ${chunkLimitKb} KB, where Vite's build warns: an area opened later is not a server library`, () => {
    const assets = join(builtTabDir, 'assets');
    const large = readdirSync(assets)
      .filter((name) => name.endsWith('.js') && statSync(join(assets, name)).size > chunkLimitKb * 1000)
      .map((name) => `${name}: ${Math.round(statSync(join(assets, name)).size / 1000)} KB`);
    expect(large).toEqual([]);
  });
});
