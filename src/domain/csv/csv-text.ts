/**
 * The shape of a CSV text around papaparse: its delimiter, its lines, where a
 * time slice may end, and where each record lies so it can be read again.
 */

/** The most frequent of comma, semicolon and tab outside quotes in the header; comma on a tie. */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

/** Lines in `text`, counting no further than `stop`. */
export function countLines(text: string, newline: string, stop: number): number {
  let lines = 1;
  for (let at = text.indexOf(newline); at !== -1 && lines < stop; at = text.indexOf(newline, at + 1)) lines += 1;
  return lines;
}

/** A slice ends just after a line break, so few records straddle two slices. */
export function sliceEnd(text: string, wanted: number, newline: string): number {
  if (wanted >= text.length) return text.length;
  const next = text.indexOf(newline, wanted);
  return next === -1 ? text.length : next + newline.length;
}

/** A file with CRLF line ends read by LF leaves a CR on each record's last cell. */
export function trimRecordEnd(cells: string[], newline: string): void {
  if (newline === '\n' && cells.length > 0) cells[cells.length - 1] = cells[cells.length - 1].replace(/\r$/, '');
}

/**
 * Where each record of a file lies in its text, by spreadsheet row number
 * (the header is row 1), so a row's cells can be read again later instead of
 * being kept: two numbers a record, where its cells were a few dozen strings.
 */
export class RecordSpans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** The next record: where it starts and ends, or -1 for one with nothing to read again (blank, malformed). */
  add(start: number, end: number): void {
    this.starts.push(start);
    this.ends.push(end);
  }

  /** A row's text within the file's, or undefined for a number that is no record to read again. */
  textOf(text: string, rowNumber: number): string | undefined {
    const start = this.starts[rowNumber - 2] ?? -1;
    return start < 0 ? undefined : text.slice(start, this.ends[rowNumber - 2]);
  }
}
