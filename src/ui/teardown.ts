// Mounts return a teardown that undoes everything they set up outside their own elements: store and
// scene subscriptions, window/document/media-query listeners, timers and observers. A mount collects
// these in one Teardowns and returns its `run`, so unmounting the app (or a story or atlas page
// rendering many states) leaves nothing behind.

/** Undoes one mount; safe to call more than once. */
export type Teardown = () => void;

export interface Teardowns {
  /** Runs `teardown` when these are torn down (latest first, like nested setup). */
  add(teardown: Teardown | (() => unknown)): void;
  /** addEventListener that is removed again on teardown. */
  listen<K extends keyof WindowEventMap>(target: Window, type: K, listener: (event: WindowEventMap[K]) => void, options?: boolean | AddEventListenerOptions): void;
  listen<K extends keyof DocumentEventMap>(target: Document, type: K, listener: (event: DocumentEventMap[K]) => void, options?: boolean | AddEventListenerOptions): void;
  listen(target: EventTarget, type: string, listener: (event: Event) => void, options?: boolean | AddEventListenerOptions): void;
  /** The teardown of all of them; later calls do nothing. */
  run: Teardown;
  /** true once `run` was called (async setup checks it after each await) */
  readonly done: boolean;
}

export function createTeardowns(): Teardowns {
  const list: (() => unknown)[] = [];
  let done = false;
  const teardowns: Teardowns = {
    add(teardown) {
      if (done) teardown();
      else list.push(teardown);
    },
    listen(target: EventTarget, type: string, listener: (event: never) => void, options?: boolean | AddEventListenerOptions) {
      const handler = listener as EventListener;
      target.addEventListener(type, handler, options);
      teardowns.add(() => target.removeEventListener(type, handler, options));
    },
    run() {
      if (done) return;
      done = true;
      for (const teardown of list.splice(0).reverse()) teardown();
    },
    get done() {
      return done;
    },
  };
  return teardowns;
}
