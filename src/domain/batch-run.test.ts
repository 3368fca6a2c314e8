import { expect } from '@open-wc/testing';
import { batchFigures, canResume, isSettled, recordIdempotencyKey, selectionKey } from './batch-run.js';

describe('batch-run rules', () => {
  it('gives each record of a batch its own stable idempotency key', () => {
    expect(recordIdempotencyKey('b1', 'v1')).to.equal(recordIdempotencyKey('b1', 'v1'));
    expect(recordIdempotencyKey('b1', 'v1')).to.not.equal(recordIdempotencyKey('b1', 'v2'));
    expect(recordIdempotencyKey('b1', 'v1')).to.not.equal(recordIdempotencyKey('b2', 'v1'));
  });

  it('names a selection the same whatever the order or repeats, and differently for other records', () => {
    expect(selectionKey(['a', 'b', 'c'])).to.equal(selectionKey(['c', 'a', 'b', 'a']));
    expect(selectionKey(['a', 'b'])).to.not.equal(selectionKey(['a', 'c']));
    expect(selectionKey(['ab'])).to.not.equal(selectionKey(['a', 'b']));
  });

  it('counts outcomes and leaves failed and pending records to resume', () => {
    const figures = batchFigures([{ status: 'sent' }, { status: 'scheduled' }, { status: 'failed' }, { status: 'skipped' }, { status: 'pending' }]);
    expect(figures).to.deep.equal({ total: 5, sent: 1, scheduled: 1, failed: 1, skipped: 1, pending: 1 });
    expect(canResume(figures)).to.equal(true);
    expect(canResume(batchFigures([{ status: 'sent' }, { status: 'skipped' }]))).to.equal(false);
    expect([isSettled({ status: 'sent' }), isSettled({ status: 'failed' }), isSettled({ status: 'pending' }), isSettled(undefined)])
      .to.deep.equal([true, false, false, false]);
  });
});
