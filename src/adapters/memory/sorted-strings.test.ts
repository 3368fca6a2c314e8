import { expect } from '@open-wc/testing';
import { seededRandom } from './timing.js';
import { SortedStrings } from './sorted-strings.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Strings with shared prefixes, accents, NULs and astral characters, the kinds index entries hold. */
function words(count: number, seed: number): string[] {
  const next = seededRandom(seed);
  const pieces = ['ana', 'an', 'b', 'é', 'e\u0301', '\u0000', '\u0001', '😀', 'z', 'Z', '1', '\uffff', ''];
  return Array.from({ length: count }, (_, at) =>
    `${pieces[Math.floor(next() * pieces.length)]}${pieces[Math.floor(next() * pieces.length)]}\u0000${at}`);
}

describe('SortedStrings', () => {
  it('gives every string added in bulk, in code unit order, at a read before the batches are sorted in', () => {
    const strings = new SortedStrings();
    const [first, second] = [words(500, 1), words(700, 2).map((word) => `${word}b`)];
    strings.addMany([...first]);
    strings.addMany([...second]);
    expect(strings.waitingBatches).to.equal(2);
    expect(strings.sorted()).to.deep.equal([...first, ...second].sort());
    expect(strings.waitingBatches).to.equal(0);
  });

  it('sorts the batches in on its own once adding pauses, and a new batch restarts the wait', async () => {
    const strings = new SortedStrings();
    const [first, second] = [words(300, 3), words(300, 4).map((word) => `${word}b`)];
    strings.addMany([...first]);
    await pause(150);
    strings.addMany([...second]);
    await pause(150);
    expect(strings.waitingBatches, 'still adding: nothing sorted in yet').to.equal(2);
    await pause(400);
    expect(strings.waitingBatches).to.equal(0);
    expect(strings.sorted()).to.deep.equal([...first, ...second].sort());
  });

  it('splits a large bulk add into batches of at most 16,384, so no one task sorts in a whole import', () => {
    const strings = new SortedStrings();
    const many = words(40_000, 6);
    strings.addMany([...many]);
    expect(strings.waitingBatches).to.equal(3);
    expect(strings.sorted()).to.deep.equal([...many].sort());
  });

  it('keeps single adds and removals in order with batches waiting or not', async () => {
    const strings = new SortedStrings();
    const expected: string[] = [];
    const next = seededRandom(9);
    const pool = words(2_000, 5);
    let taken = 0;
    for (let step = 0; step < 60; step += 1) {
      const roll = next();
      if (roll < 0.3) {
        const batch = pool.slice(taken, (taken += 100));
        strings.addMany([...batch]);
        expected.push(...batch);
      } else if (roll < 0.7) {
        const few = pool.slice(taken, (taken += 3));
        strings.add([...few]);
        expected.push(...few);
      } else if (expected.length > 0) {
        const gone = expected.splice(Math.floor(next() * expected.length), 1);
        strings.remove(gone);
      }
      if (step % 20 === 19) await pause(300);
    }
    expect(strings.sorted()).to.deep.equal([...expected].sort());
  });
});
