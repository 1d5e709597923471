// "Zoom to" for the planner's own layers and features: views ask for a box to be framed and the
// wiring (full-app.ts) answers with one state change through the view (src/ui/go-to.ts), so the
// map follows the state as for a search hit and Back returns to where the reader was.
import type { BBox } from '../cartography/framing';

let handler: ((bbox: BBox) => void) | null = null;

/** Called once by the wiring; until then a request does nothing. Returns the teardown (no handler again). */
export function setFrameHandler(frame: (bbox: BBox) => void): () => void {
  handler = frame;
  return () => {
    if (handler === frame) handler = null;
  };
}

export function requestFrame(bbox: BBox | undefined): void {
  if (bbox) handler?.(bbox);
}
