import { describe, expect, it } from 'vitest';
import { defaultRecordsPlan, documentKinds, recordsPlanSchema, registrationSchema } from './records.js';

describe('the dokumenthanteringsplan', () => {
  it('has a valid line for every kind of document, and BOB’s carry secrecy', () => {
    expect(recordsPlanSchema.parse(defaultRecordsPlan)).toEqual(defaultRecordsPlan);
    expect(Object.keys(defaultRecordsPlan).sort()).toEqual([...documentKinds].sort());
    expect(defaultRecordsPlan.bobMeeting.sekretess).toMatch(/^OSL/);
    expect(defaultRecordsPlan.actionPlan.bevarande).toBe('bevaras');
  });

  it('refuses a document that is gallras without a period, and reads an empty diarienummer as none', () => {
    const base = {
      diarienummer: '',
      handlingstyp: 'Protokoll',
      sekretess: null,
      bevarande: 'gallras',
      gallringsfrist: ' ',
      faststalld: null,
    };
    const refused = registrationSchema.safeParse(base);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['gallringsfrist']);
    expect(registrationSchema.parse({ ...base, gallringsfrist: '5 år' })).toMatchObject({
      diarienummer: null,
      gallringsfrist: '5 år',
    });
    expect(registrationSchema.safeParse({ ...base, bevarande: 'bevaras', faststalld: '2026-02-30' }).success).toBe(
      false,
    );
  });
});
