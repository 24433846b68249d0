import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError, EtagRequired, FieldRefused, NotFound } from './domain-error.js';
import { errorCodes, errorStatuses } from './error-codes.js';

describe('the error catalogue', () => {
  it('gives each error the status of its code', () => {
    expect(new NotFound({ sv: 'Planen', en: 'The plan' })).toMatchObject({
      code: 'not_found',
      status: 404,
      text: { sv: 'Planen finns inte.', en: 'The plan does not exist.' },
    });
    expect(new EtagRequired()).toMatchObject({ code: 'precondition_required', status: 428 });
    expect(new DomainError('plan_decided', { sv: 'a', en: 'b' }).status).toBe(409);
  });

  it('names the refused field in the text and as an issue', () => {
    const error = new FieldRefused('date', 'datumet ligger i framtiden', 'the date is in the future');
    expect(error).toMatchObject({ status: 400, code: 'validation', text: { sv: 'date: datumet ligger i framtiden' } });
    expect(error.details.issues).toEqual([
      { field: 'date', message: 'datumet ligger i framtiden', messageEn: 'the date is in the future' },
    ]);
  });

  it('has an HTTP error status for every code', () => {
    for (const code of errorCodes) expect(errorStatuses[code], code).toBeGreaterThanOrEqual(400);
  });

  it('is the base of every error the services, the domain, the imports and sign-in throw', () => {
    const root = join(import.meta.dirname, '..', '..');
    const files = ['services', 'domain', 'imports', 'auth'].flatMap((folder) =>
      (readdirSync(join(root, folder), { recursive: true }) as string[])
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
        .map((f) => join(root, folder, f)),
    );
    const bare = files.filter(
      (file) =>
        /class \w+ extends Error\b/.test(readFileSync(file, 'utf8')) &&
        !file.endsWith(join('errors', 'domain-error.ts')),
    );
    expect(files.length).toBeGreaterThan(50);
    expect(bare).toEqual([]);
  });
});
