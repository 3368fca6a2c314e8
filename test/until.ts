/**
 * Waits for `read` to give something truthy and gives it back (where
 * @open-wc/testing's `waitUntil` gives nothing): checked every 10 ms, for up to
 * `timeoutMs`, then fails naming `what`.
 */
export async function until<T>(read: () => T | undefined | null | false, what = 'condition', timeoutMs = 4000): Promise<T> {
  for (const started = performance.now(); performance.now() - started < timeoutMs;) {
    const value = read();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** Waits for the browser to paint `count` more frames: long enough for layout observers to have run. */
export async function frames(count = 2): Promise<void> {
  for (let n = 0; n < count; n += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
}
