import { type ComponentType, lazy, Suspense, useState } from 'react';

/**
 * A component in a chunk of its own (made once, at module level), with `preload` to fetch it early (while the page
 * is idle). Render it with {@link LazyPartView}.
 *
 * @example
 * const alignPart = lazyPart(() => import('./AlignDialog.js').then((m) => m.AlignDialog));
 */
export interface LazyPart<P extends object> {
  preload: () => Promise<ComponentType<P>>;
  /** The component once its chunk is in. */
  loaded: () => ComponentType<P> | undefined;
  /** The React.lazy form, for mounts before the chunk is in. */
  suspended: ComponentType<P>;
}

/**
 * Makes a {@link LazyPart} from a loader of its chunk; a failed fetch (offline) is tried again on the next use.
 *
 * @example
 * const checkInPart = lazyPart(() => import('./CheckInDialog.js').then((m) => m.CheckInDialog));
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return {
    preload,
    loaded: () => loaded,
    suspended: lazy(() => preload().then((component) => ({ default: component }))),
  };
}

/**
 * Renders a {@link LazyPart}: at once when its chunk is in, else suspended (nothing shown) until it is. An instance
 * keeps the way it was mounted, so it is never remounted (losing what was typed in it) when the chunk arrives.
 *
 * @example
 * <LazyPartView part={alignPart} props={{ goalId, graph, onAlign, onOpenChange, t }} />
 */
export function LazyPartView<P extends object>({ part, props }: { part: LazyPart<P>; props: P }) {
  const [Ready] = useState(() => part.loaded());
  const Suspended = part.suspended;
  return Ready ? (
    <Ready {...props} />
  ) : (
    <Suspense fallback={null}>
      <Suspended {...props} />
    </Suspense>
  );
}
