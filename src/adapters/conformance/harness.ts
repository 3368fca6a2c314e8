import { expect } from '@open-wc/testing';
import type { FieldIssue } from '../../domain/index.js';
import type { RapportAdapter } from '../adapter.js';
import { conformanceSeed, type ConformanceSeed } from './fixture.js';

/**
 * What `makeAdapter` gives back: the adapter acting as `seed.userId`, a way to
 * get a view of the same backend acting as another staff member (changes made
 * through one are seen by the other, `subscribe` included), and an optional
 * cleanup run after each test (close a database, stop a server).
 */
export type ConformanceHarness = {
  adapter: RapportAdapter;
  asUser(staffId: string): RapportAdapter | Promise<RapportAdapter>;
  cleanup?(): void | Promise<void>;
};

/** Builds a fresh adapter holding exactly `seed.data`; called once per test. */
export type MakeAdapter = (seed: ConformanceSeed) => ConformanceHarness | Promise<ConformanceHarness>;

export type ConformanceOptions = {
  /** The outer `describe` title; "RapportAdapter conformance" when absent. */
  name?: string;
  /** Per-test timeout in milliseconds, for adapters over a network or a database. */
  timeout?: number;
};

/** Registers the per-test cleanup and gives a function that makes a fresh harness. */
export function useHarness(makeAdapter: MakeAdapter): (options?: Parameters<typeof conformanceSeed>[0]) => Promise<ConformanceHarness> {
  let current: ConformanceHarness | undefined;
  afterEach(async () => {
    await current?.cleanup?.();
    current = undefined;
  });
  return async (options) => {
    current = await makeAdapter(conformanceSeed(options));
    return current;
  };
}

type ErrorShape = { name?: string; code?: string; message?: string; issues?: FieldIssue[]; details?: { current?: unknown; issues?: FieldIssue[] } };

/** Awaits a call that must fail with a RapportError of `code`; gives the error for further checks. */
export async function expectFailure(call: Promise<unknown>, code: string): Promise<ErrorShape> {
  let failure: unknown;
  try {
    await call;
  } catch (error) {
    failure = error;
  }
  expect(failure, `expected a "${code}" RapportError, but the call succeeded`).to.exist;
  const error = failure as ErrorShape;
  expect(error.name, `expected a RapportError, got ${String(failure)}`).to.equal('RapportError');
  expect(error.code, error.message).to.equal(code);
  return error;
}

/** The fields a validation error names. */
export function issueFields(error: ErrorShape): string[] {
  return (error.issues ?? error.details?.issues ?? []).map((issue) => issue.field);
}

/** A file made of `bytes` then padding, named and typed however the test wants to mislead. */
export function fileOf(bytes: readonly number[], name: string, type = '', size = 256): File {
  const content = new Uint8Array(Math.max(size, bytes.length));
  content.set(bytes);
  for (let i = bytes.length; i < content.length; i += 1) content[i] = 0x20;
  return new File([content], name, { type });
}

const text = (value: string) => [...value].map((char) => char.charCodeAt(0));
export const BYTES = {
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52],
  jpeg: [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, ...text('JFIF')],
  pdf: text('%PDF-1.7\n'),
  mp3: [...text('ID3'), 4, 0, 0, 0, 0, 0, 0],
  svg: text('<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
};

/** Every item of a cursor-paged list, following `nextCursor` to the end (with a guard against loops). */
export async function collectPages<T>(
  load: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor?: string }>,
  limit: number,
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await load(cursor);
    expect(page.items.length).to.be.at.most(limit);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages += 1;
    expect(pages, 'paging did not end').to.be.below(1000);
  } while (cursor !== undefined);
  return { items, pages };
}
