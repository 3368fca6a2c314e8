/**
 * Saves text as a file the way a browser download works everywhere: a Blob
 * behind a temporary `<a download>` that is clicked once and removed. The
 * object URL lives a minute, long enough for any browser to start saving.
 */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
