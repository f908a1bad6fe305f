/**
 * Runs `work` once the browser is idle (or soon, where there is no requestIdleCallback); returns a cancel. Widgets
 * fetch their lazy chunks this way, so a first use rarely waits for one.
 *
 * @example
 * useEffect(() => whenIdle(() => dialogPart.preload().catch(() => {})), []);
 */
export function whenIdle(work: () => void): () => void {
  const idle = globalThis.requestIdleCallback;
  if (idle) {
    const handle = idle(work, { timeout: 2000 });
    return () => globalThis.cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
}
