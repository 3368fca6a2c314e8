/**
 * Saves a Blob as a file the way a browser download works everywhere: behind
 * a temporary `<a download>` that is clicked once and removed. The object URL
 * lives a minute, long enough for any browser to start saving.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadText(fileName: string, text: string, type = CSV_TYPE): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

export const CSV_TYPE = 'text/csv;charset=utf-8';
