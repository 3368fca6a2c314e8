import type { Formatters } from '../../i18n/format.js';

const DAY = 86_400_000;

/** The calendar day of a date in a time zone, as a UTC midnight timestamp, so two days subtract. */
function dayNumber(date: Date, keyFormat: Intl.DateTimeFormat): number {
  return Date.parse(`${keyFormat.format(date)}T00:00:00Z`) / DAY;
}

/**
 * Day headings in the viewer's time zone: "Today" and "Yesterday" through
 * `Intl.RelativeTimeFormat`, then the date. Made once per render, with a cache,
 * because every message asks.
 */
export function dayLabeller(formatters: Formatters, now = new Date()): (date: Date) => string {
  // en-CA formats as YYYY-MM-DD, which Date.parse reads.
  const keyFormat = new Intl.DateTimeFormat('en-CA', { timeZone: formatters.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const today = dayNumber(now, keyFormat);
  const cache = new Map<number, string>();
  // Every time zone's offset is a multiple of 15 minutes, so a 15-minute span of UTC lies within one local day.
  const dayOfSpan = new Map<number, number>();
  return (date) => {
    const span = Math.floor(date.getTime() / 900_000);
    let day = dayOfSpan.get(span);
    if (day === undefined) dayOfSpan.set(span, (day = dayNumber(date, keyFormat)));
    let label = cache.get(day);
    if (label === undefined) {
      const offset = day - today;
      if (Math.abs(offset) <= 1) {
        const words = formatters.relative.format(offset, 'day');
        label = words.charAt(0).toLocaleUpperCase(formatters.locale) + words.slice(1);
      } else {
        label = formatters.date.format(date);
      }
      cache.set(day, label);
    }
    return label;
  };
}
