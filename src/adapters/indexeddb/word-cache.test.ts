import { expect } from '@open-wc/testing';
import { MAX_MERGED_RUNS, TOO_MANY, WordCache } from './word-cache.js';

describe('WordCache', () => {
  const words = ['ella', 'ellie', 'emma', 'ethan', 'olaf', 'olivia'];

  it('answers every prefix from the whole store, at the stamp it was read at only', () => {
    const cache = new WordCache();
    cache.setAll(4, words);
    expect(cache.get(4, 'el')).to.deep.equal(['ella', 'ellie']);
    expect(cache.get(4, 'e')).to.deep.equal(['ella', 'ellie', 'emma', 'ethan']);
    expect(cache.get(4, 'z')).to.deep.equal([]);
    expect(cache.get(5, 'el')).to.equal(undefined);
    // A guess is what was last known, whatever the stamp is now.
    expect(cache.guess('ol')).to.deep.equal(['olaf', 'olivia']);
  });

  it('says too many from MAX_MERGED_RUNS words under a prefix on', () => {
    const cache = new WordCache();
    const many = Array.from({ length: MAX_MERGED_RUNS }, (_, n) => `a${String(n).padStart(2, '0')}`);
    cache.setAll(1, [...many, 'b']);
    expect(cache.get(1, 'a')).to.equal(TOO_MANY);
    expect(cache.get(1, 'a0')).to.have.length(10);
  });

  it('keeps the whole store exact through this connection’s own commits, and lets it go at another stamp', () => {
    const cache = new WordCache();
    cache.setAll(4, words);
    cache.added(4, 5, ['elias', 'ella']);
    expect(cache.get(5, 'el')).to.deep.equal(['elias', 'ella', 'ellie']);
    // A commit from a stamp it does not hold (another tab wrote in between) tells it nothing.
    cache.added(7, 8, ['eloise']);
    expect(cache.get(8, 'el')).to.equal(undefined);
    expect(cache.guess('el')).to.deep.equal(['elias', 'ella', 'ellie']);
  });

  it('adds a commit’s words in order and once each, however many and in whatever order they come', () => {
    const cache = new WordCache();
    cache.setAll(1, words);
    const added = Array.from({ length: 500 }, (_, n) => `w${(n * 7919) % 500}`);
    cache.added(1, 2, [...added, 'emma', 'aaron', 'zoe', 'aaron']);
    const expected = [...new Set([...words, ...added, 'aaron', 'zoe'])].sort();
    expect(cache.get(2, 'w')).to.equal(TOO_MANY);
    expect(cache.get(2, 'w49')).to.deep.equal(expected.filter((word) => word.startsWith('w49')));
    expect(cache.get(2, 'e')).to.deep.equal(['ella', 'ellie', 'emma', 'ethan']);
    expect(cache.get(2, 'a')).to.deep.equal(['aaron']);
    expect(cache.get(2, 'z')).to.deep.equal(['zoe']);
  });

  it('keeps lists by prefix, derived for longer prefixes, once the store holds too many to keep', () => {
    const cache = new WordCache();
    expect(cache.keepsAll).to.equal(true);
    cache.overflow();
    expect(cache.keepsAll).to.equal(false);
    cache.set(2, 'e', ['ella', 'ellie', 'emma']);
    expect(cache.get(2, 'el')).to.deep.equal(['ella', 'ellie']);
    expect(cache.get(2, 'o')).to.equal(undefined);
    // Its own commit moves the stamp on; lists are read again as they are needed.
    cache.added(2, 3, ['elias']);
    expect(cache.get(3, 'el')).to.equal(undefined);
  });
});
