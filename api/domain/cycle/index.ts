/**
 * The årshjul: a municipality's template of the crime-prevention year, the cycle of one work year built from
 * it (Swedish working days, dates moved by hand), milestone status, and the year as iCalendar.
 * Plain functions and zod schemas; no HTTP, storage or Teams.
 */
export * from './askersund-template.js';
export * from './build-cycle.js';
export * from './calendar.js';
export * from './completable.js';
export * from './current-year.js';
export * from './milestone-kinds.js';
export * from './status.js';
export * from './template.js';
