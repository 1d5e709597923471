// Scrolling stories: on the host page, embed.js watches the article's blocks marked
// data-chengyu-step="N" and, as the reader scrolls one past the middle of the screen, tells the
// embed to show step N. Here the embed takes only such messages from its own parent window, in
// exactly the checked shape (message-guard.ts), and moves the story there.
import { acceptedStep } from './message-guard';

/** `go` takes a 0-based step index. */
export function followHostSteps(stepCount: number, go: (index: number) => void): () => void {
  if (window.parent === window) return () => undefined;
  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    const step = acceptedStep(event.data, stepCount);
    if (step !== null) go(step - 1);
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
