// Inside the iframe: tells the host page how tall the embed's content is, on load and whenever it
// changes, so embed.js can size the frame. Only { type, height } is ever sent.
import { heightMessage } from './message-guard';

export function reportHeight(content: HTMLElement): () => void {
  if (window.parent === window) return () => undefined;
  let last = -1;
  const send = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // '*': the embed does not know (and need not trust) its host; the message carries only a number.
    window.parent.postMessage(heightMessage(height), '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(content);
  send();
  return () => observer.disconnect();
}
