import { EMPTY_DATA, type MemoryData } from './store.js';

export const DEMO_REFERENCE_DATE = new Date('2026-11-24T15:00:00Z');

export function demoData(_reference: Date = DEMO_REFERENCE_DATE): MemoryData {
  return EMPTY_DATA;
}
