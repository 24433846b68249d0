import { describe, expect, it } from 'vitest';
import { askersundTemplate } from './askersund-template.js';
import { currentCycleYear } from './current-year.js';
import { departmentReportCompletion, statusOf } from './status.js';

describe('milestone status', () => {
  it('goes from upcoming to due soon to overdue around the due date, and done wins', () => {
    expect(statusOf('2026-11-30', '2026-11-15', false, 14)).toBe('upcoming');
    expect(statusOf('2026-11-30', '2026-11-16', false, 14)).toBe('dueSoon');
    expect(statusOf('2026-11-30', '2026-11-30', false, 14)).toBe('dueSoon');
    expect(statusOf('2026-11-30', '2026-12-01', false, 14)).toBe('overdue');
    expect(statusOf('2026-11-30', '2026-12-01', true, 14)).toBe('done');
    expect(statusOf('2026-11-30', '2026-01-01', true, 14)).toBe('done');
  });

  it('is done for department reports only when every department has submitted', () => {
    const departments = [
      { id: '1', name: 'Socialförvaltningen' },
      { id: '2', name: 'Barn- och utbildningsförvaltningen' },
    ];
    const one = departmentReportCompletion(
      departments,
      [{ departmentId: '1', status: 'submitted', submittedAt: '2026-11-20T10:00:00Z' }],
      '2026-11-30',
      '2026-11-24',
    );
    expect(one.done).toBe(false);
    expect(one.departments.map((d) => d.state)).toEqual(['submitted', 'notStarted']);
    const late = departmentReportCompletion(
      departments,
      [{ departmentId: '2', status: 'draft', submittedAt: null }],
      '2026-11-30',
      '2026-12-01',
    );
    expect(late.departments.map((d) => d.state)).toEqual(['late', 'late']);
    const all = departmentReportCompletion(
      departments,
      departments.map((d) => ({ departmentId: d.id, status: 'submitted' as const, submittedAt: 'x' })),
      '2026-11-30',
      '2026-12-01',
    );
    expect(all.done).toBe(true);
    expect(departmentReportCompletion([], [], '2026-11-30', '2026-11-24').done).toBe(false);
  });
});

describe('current cycle', () => {
  it('is the oldest work year whose milestones are still running', () => {
    expect(currentCycleYear('2026-11-24', askersundTemplate)).toBe(2026);
    expect(currentCycleYear('2026-01-02', askersundTemplate)).toBe(2025);
    expect(currentCycleYear('2027-01-15', askersundTemplate)).toBe(2026);
    expect(currentCycleYear('2027-04-30', askersundTemplate)).toBe(2026);
    expect(currentCycleYear('2027-05-01', askersundTemplate)).toBe(2027);
    expect(currentCycleYear('2027-05-15', askersundTemplate)).toBe(2027);
  });
});
