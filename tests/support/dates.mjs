// Dates and times for forms, derived from one instant as the server reads them (Europe/London),
// so a test means the same thing whenever it runs: at 08:00 or 23:30, in winter or in summer time.

/** {day, month, year, time: 'HH:MM'} of `instant` (a Date) on London's clock, all strings, unpadded day and month. */
export function londonParts(instant) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(instant).map((p) => [p.type, p.value]));
  return { day: String(Number(parts.day)), month: String(Number(parts.month)), year: parts.year, time: `${parts.hour}:${parts.minute}` };
}
