import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the tab’s answers', () => {
  it('take their types from api/contract, never from a shape written in the tab', () => {
    const root = join(import.meta.dirname, '..');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter(
      (f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'),
    );
    const handWritten = files.filter((file) =>
      /(interface \w+Json\b|type \w+Json(<[^>]*>)? = \{)/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(files.length).toBeGreaterThan(100);
    expect(handWritten).toEqual([]);
  });
});
