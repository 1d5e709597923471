// A finger on a touch screen through the DevTools protocol, for the strokes playwright's touchscreen
// lacks (it only taps).
import type { CDPSession } from 'playwright-core';

export type Point = { x: number; y: number };

/**
 * Down at `from`, along the way, a rest at `to`, then up, as a finger drawing a mark or panning slowly
 * stops before it lifts. The event times say so: without them the moves come a few ms apart and end
 * at speed, a flick, and the browser takes the next tap as stopping the flick's glide and makes no
 * click of it (a tap on a button right after such a swipe does nothing).
 */
export async function fingerDrag(cdp: CDPSession, from: Point, to: Point): Promise<void> {
  const steps = 6;
  const t0 = Date.now() / 1000;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from], timestamp: t0 });
  for (let i = 1; i <= steps; i += 1) {
    const at = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at], timestamp: t0 + i * 0.016 });
  }
  const end = t0 + steps * 0.016;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [to], timestamp: end + 0.3 });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp: end + 0.35 });
}
