import { describe, expect, it } from 'vitest';
import { defaultRecordsPlan, registrationFromClass } from '../domain/records/records.js';
import { annualPath } from '../services/annual-situation-service.js';
import { compilationPath } from '../services/compilation-service.js';
import { documentPath } from '../services/action-plan-service.js';
import { municipalCouncilReportPath } from '../services/municipal-council-report-service.js';
import { documentLibraries as l } from './libraries.js';
import { documentKindOf, registrationFields, registrationOf } from './records-fields.js';

describe('the records metadata of stored files', () => {
  it('knows the kind of every document where the product saves it', () => {
    expect(documentKindOf(l.situation.name, annualPath(2026))).toBe('annualSituation');
    expect(documentKindOf(l.situation.name, compilationPath(2026, 3))).toBe('quarterlyCompilation');
    expect(documentKindOf(l.actionPlans.name, documentPath(2026))).toBe('actionPlan');
    expect(documentKindOf(l.councilReports.name, municipalCouncilReportPath(2026))).toBe('municipalCouncilReport');
    expect(documentKindOf(l.council.name, 'Strategiskt råd 2026/Dagordning strategiskt råd 2026.docx')).toBe(
      'councilAgenda',
    );
    expect(documentKindOf(l.council.name, 'Strategiskt råd 2026/Protokoll strategiskt råd 2026.docx')).toBe(
      'councilMinutes',
    );
    expect(documentKindOf(l.council.name, 'Strategiskt råd 2026/Aktörernas lägesbilder/Polisen – läge.pdf')).toBe(
      'actorMaterial',
    );
    expect(documentKindOf(l.council.name, 'Samverkansöverenskommelser/Polisen – avtal.pdf')).toBe('agreement');
    expect(documentKindOf(l.bob.name, 'Möten/2026-11-10 Styrgrupp.docx')).toBe('bobMeeting');
    expect(documentKindOf(l.bob.name, 'Dokument/karta.pdf')).toBe('bobDocument');
    expect(documentKindOf(l.departmentReports.name, '2026/Förvaltningsrapporter 2026.docx')).toBe('departmentReports');
    expect(documentKindOf(l.importFiles.name, 'abc/est.csv')).toBe('importFile');
    expect(documentKindOf(l.situation.name, 'Områden/Områden.geojson')).toBe('areaMap');
    expect(documentKindOf(l.council.name, 'Annat/fil.docx')).toBeUndefined();
  });

  it('reads a registration back from the columns it was written to, and nothing from an unstamped file', () => {
    const registration = {
      ...registrationFromClass(defaultRecordsPlan.bobMeeting),
      diarienummer: 'KS 2026/9',
      faststalld: '2026-11-20',
    };
    const fields = registrationFields(registration);
    const stored = Object.fromEntries(
      Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== null),
    );
    expect(registrationOf(stored)).toEqual(registration);
    expect(registrationOf(undefined)).toBeUndefined();
    expect(registrationOf({ diarienummer: 'KS 1' })).toBeUndefined();
  });
});
