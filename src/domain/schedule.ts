/**
 * Scheduled messages: turning the wall-clock time a person picks, in a time
 * zone, into one instant — without guessing when a clock change makes that time
 * not exist (spring forward) or happen twice (fall back).
 */

/** `YYYY-MM-DDTHH:mm` as a `datetime-local` input gives it. */
export type LocalDateTime = string;

export type ZonedTime =
  | { kind: 'exact'; instant: string }
  /** The clocks jump over this time on that day. */
  | { kind: 'nonexistent' }
  /** The clocks pass this time twice; the person must say which. */
  | { kind: 'ambiguous'; earlier: string; later: string }
  | { kind: 'invalid' };

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The wall-clock time `local` in `timeZone` as ISO instants: one, none (a gap) or two (an overlap). */
export function zonedTimeToInstant(local: LocalDateTime, timeZone: string): ZonedTime {
  const match = LOCAL.exec(local);
  if (!match) return { kind: 'invalid' };
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(asUtc).getUTCDate() !== day || hour > 23 || minute > 59) return { kind: 'invalid' };
  // Offsets in force a day either side cover every real clock change.
  const offsets = new Set([offsetAt(asUtc - 86_400_000, timeZone), offsetAt(asUtc + 86_400_000, timeZone)]);
  const instants = [...offsets]
    .map((offset) => asUtc - offset)
    .filter((instant) => offsetAt(instant, timeZone) + instant === asUtc)
    .sort((a, b) => a - b);
  const unique = [...new Set(instants)];
  if (unique.length === 0) return { kind: 'nonexistent' };
  if (unique.length === 1) return { kind: 'exact', instant: new Date(unique[0]).toISOString() };
  return { kind: 'ambiguous', earlier: new Date(unique[0]).toISOString(), later: new Date(unique[1]).toISOString() };
}

/** Whether a scheduled instant is still ahead of `now`. */
export function isInFuture(instant: string, now: number | Date = Date.now()): boolean {
  return Date.parse(instant) > Number(now);
}

const partFormats = new Map<string, Intl.DateTimeFormat>();

/** Milliseconds the zone's wall clock is ahead of UTC at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  let formatter = partFormats.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    partFormats.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(instant))) parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - Math.floor(instant / 1000) * 1000;
}
