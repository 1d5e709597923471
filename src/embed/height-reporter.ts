// Inside the iframe: tells the host page how tall the embed's content is, so embed.js can size the
// frame. The first message waits until the embed is drawn (`ready`: the data loaded, the legend,
// story bar, timeline and source line in place), so the first height the host receives is the
// final one: a frame sized early, while it is still below the fold, never jumps when the reader
// reaches it. After that, every change (the fold opened, a story step's text) is sent as it
// happens. Only { type, height } is ever sent.
import { heightMessage } from './message-guard';

export function reportHeight(content: HTMLElement, ready: Promise<unknown>): () => void {
  if (window.parent === window) return () => undefined;
  let last = -1;
  let stopped = false;
  const send = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // '*': the embed does not know (and need not trust) its host; the message carries only a number.
    window.parent.postMessage(heightMessage(height), '*');
  };
  const observer = new ResizeObserver(send);
  const start = () => {
    if (stopped) return;
    observer.observe(content);
    send();
  };
  ready.then(start, start);
  return () => {
    stopped = true;
    observer.disconnect();
  };
}
