// The mount step the bench pages share, so "mount time" means the same in every bench that reports it.
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';

/** A root mounted by timedMount on its own host element, with its times from just before `root.render`. */
export interface TimedMount {
  root: Root;
  host: HTMLElement;
  /** performance.now() just before `root.render`, for steps that finish later (e.g. a deferred draw). */
  start: number;
  /** flushSync(root.render): render + commit + the layout and passive effects of that synchronous commit. */
  renderMs: number;
  /** renderMs plus the forced style/layout the browser needs before it can paint the result. */
  renderAndLayoutMs: number;
}

/**
 * Mounts `element` in a fresh root on a new element at the end of the body, synchronously (flushSync), then forces
 * style and layout, and times both.
 * @example const mounted = timedMount(<List />); report(mounted.renderAndLayoutMs); unmountTimed(mounted);
 */
export function timedMount(element: ReactElement): TimedMount {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const start = performance.now();
  flushSync(() => root.render(element));
  const rendered = performance.now();
  void host.offsetHeight; // forces style + layout of what was just committed
  const laidOut = performance.now();
  return { root, host, start, renderMs: rendered - start, renderAndLayoutMs: laidOut - start };
}

/**
 * Unmounts what timedMount mounted and removes its host element (not timed); does nothing when nothing is mounted.
 * @example unmountTimed(mounted); mounted = undefined;
 */
export function unmountTimed(mounted: Pick<TimedMount, 'root' | 'host'> | undefined): void {
  if (!mounted) return;
  flushSync(() => mounted.root.unmount());
  mounted.host.remove();
}
