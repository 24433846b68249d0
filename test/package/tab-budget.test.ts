import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtTabDir } from '../../api/paths.js';

/** What a person downloads before the first view renders: the entry script and what index.html preloads. */
const initialBudgetKb = 250;

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
});
