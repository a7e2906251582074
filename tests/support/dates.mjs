// Dates and times for forms and API bodies, derived from one instant as the server reads them
// (Europe/London), so a test means the same thing whenever it runs: at 00:30 or 23:30, in winter
// or in summer time.
//
// Use: each test file takes one instant, `const NOW = new Date();`, and derives every date and
// time from it: `earlier(NOW, HOUR)` for an instant, `londonDate(NOW)` for today's date on
// London's clock, `addDays(londonDate(NOW), -3)` for a date three calendar days earlier.
// Instants are always taken *before* NOW, never "now" again later, so what was "an hour ago"
// stays in the past however long the file runs.

export const MINUTE = 60e3;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The instant `ms` milliseconds before `instant` (a Date); a negative `ms` is after it. */
export function earlier(instant, ms) {
  return new Date(instant.getTime() - ms);
}

const londonFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** {day, month, year, time: 'HH:MM'} of `instant` (a Date) on London's clock, all strings, unpadded day and month. */
export function londonParts(instant) {
  const parts = Object.fromEntries(londonFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return { day: String(Number(parts.day)), month: String(Number(parts.month)), year: parts.year, time: `${parts.hour}:${parts.minute}` };
}

/** 'YYYY-MM-DD': the date of `instant` (a Date) on London's clock, as the server reads dates. */
export function londonDate(instant) {
  const p = londonParts(instant);
  return `${p.year}-${p.month.padStart(2, '0')}-${p.day.padStart(2, '0')}`;
}

/**
 * 'YYYY-MM-DD': the calendar date `days` days after the date `isoDate` (negative: before).
 * Calendar arithmetic, not 24-hour steps, so a summer time change never skips or repeats a day.
 */
export function addDays(isoDate, days) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** {day, month, year} of a 'YYYY-MM-DD' date, as strings without leading zeros (what a person types). */
export function dateParts(isoDate) {
  const [year, month, day] = isoDate.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}
