/**
 * Runs `work` once the page has nothing else to do, or after `timeout` ms at the latest; returns
 * a function that cancels it. Background work started here (the offline worker's install, the
 * offline copies of pages) no longer competes with the page's own start-up for a phone's CPU
 * and connection.
 */
export function whenIdle(work: () => void, { timeout = 5_000 } = {}): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => work(), { timeout });
    return () => cancelIdleCallback(handle);
  }
  // Browsers without idle callbacks (Safari before 18): a moment after the start.
  const handle = setTimeout(work, 1_000);
  return () => clearTimeout(handle);
}
