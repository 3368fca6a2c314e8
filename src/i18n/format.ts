/** Dates, times, numbers and sizes for one locale, through `Intl`; the formatters are made once per locale. */
export class Formatters {
  readonly time: Intl.DateTimeFormat;
  readonly date: Intl.DateTimeFormat;
  readonly dateTime: Intl.DateTimeFormat;
  readonly fullDateTime: Intl.DateTimeFormat;
  readonly relative: Intl.RelativeTimeFormat;
  readonly number: Intl.NumberFormat;
  readonly timeZone: string;

  constructor(readonly locale: string, timeZone?: string) {
    this.timeZone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    const zone = { timeZone: this.timeZone };
    this.time = new Intl.DateTimeFormat(locale, { ...zone, hour: 'numeric', minute: '2-digit' });
    this.date = new Intl.DateTimeFormat(locale, { ...zone, dateStyle: 'medium' });
    this.dateTime = new Intl.DateTimeFormat(locale, { ...zone, dateStyle: 'medium', timeStyle: 'short' });
    this.fullDateTime = new Intl.DateTimeFormat(locale, {
      ...zone, dateStyle: 'full', timeStyle: 'long',
    });
    this.relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    this.number = new Intl.NumberFormat(locale);
  }

  /** "5 minutes ago", "yesterday", "in 2 hours": the largest unit that fits. */
  relativeTime(iso: string, now = Date.now()): string {
    const seconds = (Date.parse(iso) - now) / 1000;
    const units: [Intl.RelativeTimeFormatUnit, number][] = [
      ['year', 31_536_000], ['month', 2_592_000], ['week', 604_800], ['day', 86_400], ['hour', 3_600], ['minute', 60],
    ];
    for (const [unit, size] of units) {
      if (Math.abs(seconds) >= size) return this.relative.format(Math.round(seconds / size), unit);
    }
    return this.relative.format(Math.round(seconds), 'second');
  }

  /** "1.4 MB": bytes in the largest unit that keeps the number above 1. */
  fileSize(bytes: number): string {
    const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
    let value = bytes;
    let index = 0;
    while (value >= 1024 && index < units.length - 1) {
      value /= 1024;
      index += 1;
    }
    return new Intl.NumberFormat(this.locale, {
      style: 'unit', unit: units[index], unitDisplay: 'short', maximumFractionDigits: index === 0 ? 0 : 1,
    }).format(value);
  }
}

const cache = new Map<string, Formatters>();

export function formattersFor(locale: string, timeZone?: string): Formatters {
  const key = `${locale}|${timeZone ?? ''}`;
  let formatters = cache.get(key);
  if (!formatters) cache.set(key, (formatters = new Formatters(locale, timeZone)));
  return formatters;
}
