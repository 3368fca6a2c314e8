import { expect } from '@open-wc/testing';
import { csvCell, csvText, guardFormula, unguardFormula } from './cells.js';

describe('formula guard', () => {
  it('puts a quote before a cell that a spreadsheet would run', () => {
    for (const value of ['=1+1', '+14155550100', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(guardFormula(value), JSON.stringify(value)).to.equal(`'${value}`);
    }
  });

  it('guards every line of a multi-line cell', () => {
    expect(guardFormula('Main St\n=HYPERLINK("x")\r\n+1\r@a')).to.equal("Main St\n'=HYPERLINK(\"x\")\r\n'+1\r'@a");
  });

  it('leaves harmless text alone', () => {
    for (const value of ['Rossi', "O'Brien", 'a=b', 'x-1', '', ' =not first']) {
      expect(guardFormula(value)).to.equal(value);
    }
  });

  it('undoes exactly its own guard, even for text that starts with an apostrophe', () => {
    const values = ['=1', "'=1", "''+1", 'a\n-b', "it's", "'plain", 'Main\r\n@x', '\t\tx', '-'];
    for (const value of values) expect(unguardFormula(guardFormula(value)), JSON.stringify(value)).to.equal(value);
    expect(unguardFormula("'plain"), 'an apostrophe before harmless text is the person’s own').to.equal("'plain");
  });

  it('reads a one-line cell as the multi-line rule would', () => {
    // The rule for every line, as written for multi-line cells; a one-line cell takes a shorter road.
    const everyLine = (value: string) => value.replace(/(^|\r\n|\n|\r)'('*[=+\-@\t\r])/g, '$1$2');
    const pieces = ["'", '=', '+', '-', '@', '\t', 'a', ' ', '\n'];
    let values = [''];
    for (let length = 0; length < 4; length += 1) values = values.flatMap((value) => pieces.map((piece) => value + piece));
    for (const value of [...values, "O'Brien", "'+14155550100", "it's"]) {
      expect(unguardFormula(value), JSON.stringify(value)).to.equal(everyLine(value));
    }
  });
});

/** Every string of up to `length` pieces. */
function allOf(pieces: readonly string[], length: number): string[] {
  let values = [''];
  const all = [''];
  for (let step = 0; step < length; step += 1) {
    values = values.flatMap((value) => pieces.map((piece) => value + piece));
    all.push(...values);
  }
  return all;
}

describe('formula guard and quoting, read without patterns', () => {
  // The rules as patterns, as they were written first; the cells take shorter roads.
  const guardEveryLine = (value: string) => value.replace(/(^|\r\n|\n|\r)('*[=+\-@\t\r])/g, "$1'$2");
  const quotedByPattern = (value: string, delimiter: string) => /["\r\n]|^\s|\s$/.test(value) || value.includes(delimiter);
  const values = [...allOf(["'", '=', '+', '-', '@', '\t', 'a', ' ', '\n', '\r', '"', ',', '\u00a0', '\u3000', '😀'], 4), "O'Brien", "it's"];

  it('guards a cell as the pattern for every line would', () => {
    for (const value of values) expect(guardFormula(value), JSON.stringify(value)).to.equal(guardEveryLine(value));
  });

  it('quotes a cell exactly where the pattern would', () => {
    for (const delimiter of [',', ';', '\t']) {
      for (const value of values) {
        const safe = guardEveryLine(value);
        const expected = quotedByPattern(safe, delimiter) ? `"${safe.replace(/"/g, '""')}"` : safe;
        expect(csvCell(value, delimiter), JSON.stringify([value, delimiter])).to.equal(expected);
      }
    }
  });
});

describe('csvCell / csvText', () => {
  it('quotes only when needed and doubles quotes', () => {
    expect(csvCell('Rossi')).to.equal('Rossi');
    expect(csvCell('Acme, Inc.')).to.equal('"Acme, Inc."');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('two\nlines')).to.equal('"two\nlines"');
    expect(csvCell(' padded')).to.equal('" padded"');
    expect(csvCell('a;b', ';')).to.equal('"a;b"');
    expect(csvCell('=1', ',')).to.equal("'=1");
  });

  it('writes a BOM and CRLF line ends', () => {
    expect(csvText([['a', 'b'], ['1', '2']])).to.equal('\uFEFFa,b\r\n1,2\r\n');
  });
});
