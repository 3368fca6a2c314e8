/** The default subject of an email to a seller (seed 001, "Send Messages as Batch Actions"). */
import type { ListingContext } from './schemas/index.js';
import { readListingContext } from './schemas/index.js';

export type SubjectOptions = {
  /** Builds the sentence around the vehicle's description, for another language's word order. */
  format?: (vehicle: string) => string;
  /** Said in place of the vehicle when the context names no make or model. */
  vehicleWord?: string;
};

const english = (vehicle: string) => `Inquiry about your ${vehicle}`;

/**
 * "Inquiry about your <Year> <Make> <Model>" from the conversation's context.
 * Missing parts are left out without leaving gaps; with no make and no model the
 * vehicle is called "vehicle" ("Inquiry about your 2019 vehicle", or just
 * "Inquiry about your vehicle").
 */
export function defaultSubject(
  context: Record<string, unknown> | ListingContext | undefined,
  options: SubjectOptions = {},
): string {
  const { vehicle } = readListingContext((context ?? {}) as Record<string, unknown>);
  const [year, make, model] = [vehicle?.year, vehicle?.make, vehicle?.model].map(part);
  const named = [make, model].filter(Boolean).join(' ');
  const description = [year, named || (options.vehicleWord ?? 'vehicle')].filter(Boolean).join(' ');
  return (options.format ?? english)(description);
}

function part(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  return String(value).replace(/\s+/g, ' ').trim();
}
